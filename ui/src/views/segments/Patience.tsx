import { useTranslation } from 'react-i18next';
import type { Dist } from '../../bindings';
import { DistEditor } from '../flow/DistEditor';

const DEFAULT_PATIENCE: Dist = { kind: 'logNormal', mean: 30, sd: 10 };

/** A patience distribution of a segment, or none (the segment never gives up on it). */
export function Patience({
  label,
  testKey,
  dist,
  onChange,
}: {
  label: string;
  testKey: string;
  dist: Dist | null;
  onChange: (dist: Dist | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="segment-patience">
      <label className="check">
        <input
          type="checkbox"
          checked={dist !== null}
          data-testid={`segment-${testKey}-on`}
          onChange={(e) => onChange(e.target.checked ? DEFAULT_PATIENCE : null)}
        />
        {t('segments.givesUp', { what: label })}
      </label>
      {dist && (
        <DistEditor
          label={label}
          dist={dist}
          testPrefix={`segment-${testKey}`}
          plotTestId={`segment-${testKey}-plot`}
          onCommit={onChange}
        />
      )}
    </div>
  );
}
