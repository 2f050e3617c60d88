import { Tag } from "@/components/tag";
import { STATUS_COLOURS, STATUS_LABELS } from "@/domain/submissions/workflow";
import type { SubmissionStatus } from "@/domain/submissions/types";

export function SubmissionStatusTag({ status }: { status: SubmissionStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
