"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { errorSummaryItems } from "@/components/form-errors";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { REGIONS, ROLE_LABELS, ROLES } from "@/domain/roles";
import { useInstantChecks } from "@/components/use-instant-checks";
import { valueOf } from "@/schemas/form-state";
import { ZInviteUser } from "@/schemas/invite-user";
import { inviteUserAction, type InviteState } from "@/server/actions/users/invite-user";

const FIELD_ORDER = ["name", "email", "role", "localAuthorityGss", "region"];

export function InviteUserForm({ authorities }: { authorities: { gssCode: string; name: string }[] }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteUserAction, { status: "idle" });
  const { register, onSubmit, errors } = useInstantChecks(ZInviteUser, state.status === "invalid" ? state.fieldErrors : {});

  if (state.status === "invited") {
    return (
      <>
        <Panel title="Invitation created">We have invited {state.email}</Panel>
        {state.link ? (
          <>
            <p>Email is not set up here, so send this one-time link to them yourself. It works once and expires in 7 days.</p>
            <p className="break-all">
              <a href={state.link} data-testid="invitation-link">
                {state.link}
              </a>
            </p>
          </>
        ) : (
          <p>They will get an email with a link to set their password. The link expires in 7 days.</p>
        )}
        <p>
          <Link href="/admin/users/invite">Invite someone else</Link> or <Link href="/admin/users">go back to users</Link>.
        </p>
      </>
    );
  }

  const values = state.status === "invalid" ? state.values : undefined;
  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errorSummaryItems(errors, FIELD_ORDER)} />
      <PageHeading>Invite a user</PageHeading>
      <TextInput id="name" label="Full name" autoComplete="off" defaultValue={valueOf(values, "name")} error={errors.name} {...register("name")} />
      <TextInput id="email" label="Email address" type="email" spellCheck={false} autoComplete="off" defaultValue={valueOf(values, "email")} error={errors.email} {...register("email")} />
      <Radios
        id="role"
        legend="Role"
        defaultValue={valueOf(values, "role")}
        error={errors.role}
        items={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        {...register("role")}
      />
      <Select
        id="localAuthorityGss"
        label="Local authority"
        hint="For contributors, commissioning leads, accountable leads and finance officers"
        defaultValue={valueOf(values, "localAuthorityGss") ?? ""}
        error={errors.localAuthorityGss}
        options={[{ value: "", text: "Select a local authority" }, ...authorities.map((la) => ({ value: la.gssCode, text: la.name }))]}
        {...register("localAuthorityGss")}
      />
      <Select
        id="region"
        label="Region"
        hint="For regional advisers"
        defaultValue={valueOf(values, "region") ?? ""}
        error={errors.region}
        options={[{ value: "", text: "Select a region" }, ...REGIONS.map((r) => ({ value: r, text: r }))]}
        {...register("region")}
      />
      <Button disabled={pending}>Send invitation</Button>
    </form>
  );
}
