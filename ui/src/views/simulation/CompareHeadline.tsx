// The headline of a comparison, read first: the figures come from the backend
// (`SegmentComparison.headline`, the same the CLI prints and the report shows); this file
// only words and formats them, with the CLI's rules: a change as a whole percent ("−64%")
// with the values it is between ("20.2 → 7.2 days"), a share as "7.0% → 0.0%", never "−0%".
import { useTranslation } from 'react-i18next';
import type { HeadlineFigure, HeadlineMeasure } from '../../bindings';
import { formatDiff, formatValue, MINUS, timeUnit, type KpiRowKind } from '../../model/simulation';
import { numberFormat } from '../../model/numberFormat';

/** The KPI a measure is formatted as. */
const KIND: Record<HeadlineMeasure, KpiRowKind> = {
  timeToActivation: 'cycleDays',
  contacts: 'contacts',
  technicianVisits: 'technicianVisits',
  abandonment: 'abandonment',
};

/** A relative change as a signed whole percent with a true minus sign; "0%" when it rounds to 0. */
export function formatRelative(relative: number, locale: string): string {
  const rounded = Math.round(relative * 100);
  const magnitude = numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(rounded));
  if (rounded === 0) return `${magnitude}%`;
  return `${rounded < 0 ? MINUS : '+'}${magnitude}%`;
}

/** The unit a figure's time is written in: the one the longer of its two reads best in. */
export function figureUnit(figure: Pick<HeadlineFigure, 'measure' | 'baseline' | 'scenario'>) {
  return timeUnit(KIND[figure.measure], figure.baseline, figure.scenario);
}

/** "20.2 → 7.2" (one decimal, a time in its `figureUnit`), or "7.0% → 0.0%" for a share. */
export function formatBetween(
  figure: Pick<HeadlineFigure, 'measure' | 'baseline' | 'scenario'>,
  locale: string,
): string {
  const kind = KIND[figure.measure];
  const unit = figureUnit(figure);
  return `${formatValue(figure.baseline, kind, locale, unit)} → ${formatValue(figure.scenario, kind, locale, unit)}`;
}

/** " days", " minutes" after a time's figures; nothing after a count or a share. */
export function useUnitWord() {
  const { t } = useTranslation();
  return (figure: Pick<HeadlineFigure, 'measure' | 'baseline' | 'scenario'>) => {
    const unit = figureUnit(figure);
    return unit ? ` ${t(`charts.${unit}`)}` : '';
  };
}

/** The figure's words: "p90 time to activation", "mean contacts", "abandonment". */
export function useLabel() {
  const { t } = useTranslation();
  return (f: Pick<HeadlineFigure, 'measure' | 'statistic'>) =>
    t(`compare.statistic_${f.statistic}`, { measure: t(`compare.measure_${f.measure}`) });
}

/** One lead figure as a phrase: "p90 time to activation −64% (20.2 → 7.2 days)". */
export function usePhrase() {
  const { i18n } = useTranslation();
  const label = useLabel();
  const unitWord = useUnitWord();
  return (f: HeadlineFigure) => {
    const between = formatBetween(f, i18n.language);
    const unit = unitWord(f);
    if (f.statistic === 'rate' || f.relativeChange == null) return `${label(f)} ${between}${unit}`;
    return `${label(f)} ${formatRelative(f.relativeChange, i18n.language)} (${between}${unit})`;
  };
}

/** The lead figures as tiles under one line naming the scenario and its baseline. */
export function CompareHeadline({
  figures,
  scenario,
  baseline,
}: {
  figures: readonly HeadlineFigure[];
  scenario: string;
  baseline: string;
}) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const phrase = usePhrase();
  const unitWord = useUnitWord();
  const lead = figures.filter((f) => f.lead);
  if (lead.length === 0) return null;
  return (
    <div className="compare-headline" data-testid="compare-headline">
      <p className="compare-headline-line" data-testid="compare-headline-line">
        <strong>{scenario}</strong> {t('compare.against', { baseline })}: {lead.map(phrase).join(', ')}
      </p>
      <ul className="compare-tiles" aria-hidden="true">
        {lead.map((f) => (
          <li
            key={`${f.measure}-${f.statistic}`}
            className={`compare-tile${!f.significant ? ' not-significant' : f.change > 0 ? ' worse' : ''}`}
            data-testid="headline-tile"
            data-measure={f.measure}
          >
            <span className="compare-tile-big">
              {f.statistic !== 'rate' && f.relativeChange != null
                ? formatRelative(f.relativeChange, i18n.language)
                : formatBetween(f, i18n.language)}
            </span>
            <span className="compare-tile-label">{label(f)}</span>
            {f.statistic !== 'rate' && f.relativeChange != null && (
              <span className="muted small">
                {formatBetween(f, i18n.language)}
                {unitWord(f)}
              </span>
            )}
            {!f.significant && <span className="muted small">{t('simulation.notSignificant')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every headline figure (p90s, means, the rate) with both values and the change's 95 % interval. */
export function HeadlineTable({
  figures,
  scenario,
  baseline,
}: {
  figures: readonly HeadlineFigure[];
  scenario: string;
  baseline: string;
}) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const locale = i18n.language;
  return (
    <table className="sim-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('compare.figure')}</th>
          <th scope="col">{baseline}</th>
          <th scope="col">{scenario}</th>
          <th scope="col">{t('simulation.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => {
          const kind = KIND[f.measure];
          const unit = figureUnit(f);
          const diff = {
            a: f.baseline,
            b: f.scenario,
            diff: f.change,
            ciLow: f.ciLow,
            ciHigh: f.ciHigh,
            significant: f.significant,
          };
          return (
            <tr
              key={`${f.measure}-${f.statistic}`}
              data-testid="compare-row"
              data-kpi={kind}
              data-statistic={f.statistic}
            >
              <th scope="row">
                {label(f)}
                {unit && ` (${t(`charts.${unit}`)})`}
              </th>
              <td>{formatValue(f.baseline, kind, locale, unit)}</td>
              <td>{formatValue(f.scenario, kind, locale, unit)}</td>
              <td className={f.significant ? 'significant' : 'muted'}>
                {formatDiff(diff, kind, locale, unit)}
                {!f.significant && ` · ${t('simulation.notSignificant')}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
