import { ReasonAction } from '../../app/components/reason-action';
import { useT } from '../../app/i18n/locale-context';
import { CLOSE_REASON_MAX_LENGTH, closeDemand, DEMAND_QUERY_ROOT, type DemandLine } from './demand-api';
import { demandMessages } from './messages';

/** Closing takes a line out of the public job list and the open-post counts, so it asks why first. */
export function CloseDemandAction({ line }: { line: DemandLine }) {
  const t = useT(demandMessages);
  return (
    <ReasonAction
      label={t('close')}
      title={t('closeTitle')}
      description={t('closeDescription', { occupation: line.occupationName })}
      maxLength={CLOSE_REASON_MAX_LENGTH}
      run={(reason) => closeDemand(line.id, reason)}
      done={() => t('closed')}
      invalidates={DEMAND_QUERY_ROOT}
      testId={`demand-close-${line.id}`}
      modalTestId="close-demand-modal"
    />
  );
}
