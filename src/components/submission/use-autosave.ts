import { useEffect, useRef, useState, type FormEvent } from "react";

/** What an autosave action answers: the section's new version, or why nothing was saved. */
export type AutosaveResult = { status: "saved"; version: number; savedAt: string } | { status: "not-saved"; message: string; conflict: boolean };

/** Seconds of quiet after the last change before the draft is saved. */
const AUTOSAVE_DELAY_MS = 2000;

/** The state of a form that saves its draft in the background, and the handlers the form reports to. */
export interface DraftAutosave {
  /** The section version the next save is compared against: the last one autosave saved. */
  version: number;
  /** What the last autosave said, read out as a status. */
  status: string;
  saving: boolean;
  onChange: (event: FormEvent<HTMLFormElement>) => void;
  onSubmit: () => void;
}

/**
 * Two seconds after the last change the form is posted to `autosave`, which saves the draft without leaving
 * the page and hands back the new version, so the next save (automatic or not) is compared against it.
 */
export function useAutosave(autosave: (formData: FormData) => Promise<AutosaveResult>, version: number): DraftAutosave {
  const [currentVersion, setCurrentVersion] = useState(version);
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const versionRef = useRef(version);
  const inFlight = useRef(false);
  const changedWhileSaving = useRef(false);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function saveNow() {
    if (!form.current) return;
    if (inFlight.current) {
      changedWhileSaving.current = true;
      return;
    }
    const data = new FormData(form.current);
    data.set("expectedVersion", String(versionRef.current));
    inFlight.current = true;
    setSaving(true);
    try {
      const result = await autosave(data);
      if (result.status === "saved") {
        versionRef.current = result.version;
        setCurrentVersion(result.version);
        setStatus(`Draft saved at ${result.savedAt}`);
      } else {
        setStatus(result.message);
      }
    } catch {
      setStatus("Your latest changes could not be saved automatically. Select the save button to save them.");
    } finally {
      inFlight.current = false;
      setSaving(false);
      if (changedWhileSaving.current) {
        changedWhileSaving.current = false;
        schedule();
      }
    }
  }

  function schedule() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  return {
    version: currentVersion,
    status,
    saving,
    onChange: (event) => {
      form.current = event.currentTarget;
      schedule();
    },
    onSubmit: () => clearTimeout(timer.current),
  };
}
