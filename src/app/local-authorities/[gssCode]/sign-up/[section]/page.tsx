import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { signUpSection } from "@/domain/sign-up/definition";
import { SIGN_UP_SECTION_KEYS, type SignUpSectionKey } from "@/domain/sign-up/sections";
import { isEditable } from "@/domain/submissions/workflow";
import { saveSectionAction } from "@/server/actions/submissions/save-section";
import { requireActor } from "@/server/access";
import { loadSignUp, signUpPath } from "@/server/sign-up/load-sign-up";
import { toFormValues } from "../form-values";
import { SectionForm } from "./section-form";

type Params = { params: Promise<{ gssCode: string; section: string }> };

function sectionOf(key: string) {
  const section = (SIGN_UP_SECTION_KEYS as readonly string[]).includes(key) ? signUpSection(key as SignUpSectionKey) : undefined;
  if (!section) notFound();
  return section;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: sectionOf((await params).section).title };
}

export default async function SignUpSectionPage({ params }: Params) {
  const { gssCode, section: key } = await params;
  const section = sectionOf(key);
  const actor = await requireActor();
  const { la, submission } = await loadSignUp(actor, gssCode, "signup.edit");
  if (!submission || !isEditable(submission.status)) redirect(signUpPath(la.gssCode));
  const saved = submission.sections.find((s) => s.key === section.key);
  const action = saveSectionAction.bind(null, { kind: "SIGN_UP", submissionId: submission.id, sectionKey: section.key, next: signUpPath(la.gssCode) });
  return (
    <>
      <BackLink href={signUpPath(la.gssCode)}>Back to your sign-up</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SectionForm
              key={saved?.version ?? 0}
              sectionKey={key as SignUpSectionKey}
              title={section.title}
              caption={`${la.name}: programme sign-up`}
              action={action}
              initial={toFormValues(saved?.data ?? {})}
              expectedVersion={saved?.version ?? 0}
            />
          </div>
        </div>
      </main>
    </>
  );
}
