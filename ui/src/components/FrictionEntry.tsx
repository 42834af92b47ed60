import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../bindings';
import { heatColour, heatLevel } from '../model/simulation';

interface Props {
  item: FrictionItem;
  testId: string;
  title: string;
  disabled?: boolean;
  /** Also show the translated components the reason cites. */
  parts?: boolean;
  onClick(): void;
  linked?: boolean;
}

/** One ranked friction step: rank, name, reason, score coloured by heat; clicking shows it on a map. */
export function FrictionEntry({ item, testId, title, disabled, parts, onClick, linked }: Props) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className={`friction-item heat-${heatLevel(item.score)}`}
        data-testid={testId}
        data-node-id={item.nodeId}
        data-linked={linked === undefined ? undefined : String(linked)}
        disabled={disabled}
        title={title}
        onClick={onClick}
      >
        <span className="friction-rank">{item.rank}</span>
        <span className="friction-body">
          <span className="friction-name">{item.name}</span>
          <span className="friction-reason">{item.reason}</span>
          {parts && item.reasonParts.length > 0 && (
            <span className="friction-parts">
              {item.reasonParts.map((part) => (
                <span key={part.component} className="chip">
                  {t(`simulation.component_${part.component}`)}
                </span>
              ))}
            </span>
          )}
        </span>
        <span
          className="friction-score"
          style={{ background: heatColour(item.score) }}
          aria-label={t('simulation.score', { score: Math.round(item.score) })}
        >
          {Math.round(item.score)}
        </span>
      </button>
    </li>
  );
}
