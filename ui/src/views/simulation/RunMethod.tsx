import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../bindings';

/**
 * How the numbers were measured: the replications the confidence intervals come from and,
 * for a stream of orders, the warm-up each replication discards. A replication starts with
 * empty queues; its first orders would meet a quieter system than a busy day's, so they
 * are simulated but not counted (the engine's default is a tenth of the replication).
 */
export function RunMethod({ result }: { result: RunResult }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const perReplication = Math.round(result.cases / Math.max(1, result.replications));
  const warmUp = result.warmUpCases ?? 0;
  const text =
    result.mode === 'independent'
      ? t('simulation.methodIndependent', { replications: number(result.replications) })
      : warmUp > 0
        ? t('simulation.methodWarmUp', {
            replications: number(result.replications),
            cases: number(perReplication),
            warmUp: number(warmUp),
          })
        : t('simulation.methodNoWarmUp', {
            replications: number(result.replications),
            cases: number(perReplication),
          });
  return (
    <p className="muted small" data-testid="run-method" data-warm-up={warmUp} title={t('simulation.methodWhy')}>
      {text}
    </p>
  );
}
