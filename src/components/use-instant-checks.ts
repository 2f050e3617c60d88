"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, type FormEvent } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "@/schemas/form-state";

/**
 * Instant checks with the server action's own zod schema (react-hook-form). With JavaScript, a form with
 * problems is not sent: the messages the server would give show at once, and are checked again as the user
 * corrects each field. Without JavaScript the form posts as usual. Either way the server checks again: these
 * are a convenience, never the guard.
 *
 * Spread `register(name)` on each field and pass `onSubmit` to the form, keeping its `action`; show `errors`
 * (the browser's while there are any, otherwise the server's).
 */
export function useInstantChecks<S extends z.ZodType<unknown, FieldValues>>(schema: S, serverErrors: FieldErrors) {
  // Raw mode: only whether and where the values fail matters here; the server parses what is posted.
  const form = useForm<z.input<S>, unknown, z.input<S>>({ resolver: zodResolver(schema, undefined, { raw: true }), mode: "onSubmit", reValidateMode: "onChange" });
  const checked = useRef(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The second pass, after the checks passed: React sends the form to its action as usual.
    if (checked.current) {
      checked.current = false;
      return;
    }
    event.preventDefault();
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // Check what the form holds now: React empties a form after each action, without telling react-hook-form.
    const data = new FormData(element);
    for (const name of Object.keys(form.getValues()) as Path<z.input<S>>[]) {
      const values = data.getAll(name).filter((v): v is string => typeof v === "string");
      form.setValue(name, (values.length > 1 ? values : values[0]) as never);
    }
    void form.trigger().then((valid) => {
      if (!valid) return;
      // After this submit event has finished: a form ignores requestSubmit while its submit event is firing.
      setTimeout(() => {
        checked.current = true;
        element.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
      });
    });
  };

  const clientErrors: FieldErrors = {};
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (typeof error?.message === "string") clientErrors[name] = error.message;
  }
  return { register: form.register, onSubmit, errors: Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors };
}
