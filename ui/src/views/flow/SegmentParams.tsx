import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dist, FlowSegment } from '../../model/flowTypes';
import { DistEditor } from './DistEditor';
import { NumberField } from './fields';

const DEFAULT_PATIENCE: Dist = { kind: 'logNormal', mean: 30, sd: 10 };

/** One segment's behaviour in the simulation: share, channel multipliers, patience. */
export function SegmentParams({ segment, onCommit }: { segment: FlowSegment; onCommit: (s: FlowSegment) => void }) {
  const { t } = useTranslation();
  const [newChannel, setNewChannel] = useState('');
  const multipliers = segment.channelMultipliers ?? {};
  const patience = (key: 'patienceDays' | 'patienceContacts', label: string) => {
    const dist = segment[key];
    return (
      <div className="flow-patience">
        <label className="check">
          <input
            type="checkbox"
            checked={!!dist}
            onChange={(e) => onCommit({ ...segment, [key]: e.target.checked ? DEFAULT_PATIENCE : null })}
          />
          {label}
        </label>
        {dist && (
          <DistEditor
            label={label}
            dist={dist}
            testPrefix={`segment-${segment.id}-${key}`}
            plotTestId={`segment-${segment.id}-${key}-plot`}
            onCommit={(next) => onCommit({ ...segment, [key]: next })}
          />
        )}
      </div>
    );
  };
  return (
    <fieldset className="flow-segment" data-testid={`flow-segment-${segment.id}`}>
      <legend>{segment.name}</legend>
      <div className="flow-field-row">
        <NumberField
          label={t('flow.params.share')}
          value={segment.share}
          min={0}
          max={1}
          step={0.05}
          testId={`segment-share-${segment.id}`}
          onCommit={(share) => onCommit({ ...segment, share })}
        />
        {Object.entries(multipliers).map(([channel, factor]) => (
          <NumberField
            key={channel}
            label={t('flow.params.multiplier', { channel })}
            value={factor ?? 1}
            min={0}
            step={0.1}
            onCommit={(v) => onCommit({ ...segment, channelMultipliers: { ...multipliers, [channel]: v } })}
          />
        ))}
      </div>
      <form
        className="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          const channel = newChannel.trim();
          if (!channel || channel in multipliers) return;
          onCommit({ ...segment, channelMultipliers: { ...multipliers, [channel]: 1 } });
          setNewChannel('');
        }}
      >
        <input
          className="input grow"
          value={newChannel}
          placeholder={t('flow.params.channelName')}
          aria-label={t('flow.params.channelName')}
          onChange={(e) => setNewChannel(e.target.value)}
        />
        <button type="submit" className="btn">
          {t('flow.params.addMultiplier')}
        </button>
      </form>
      {patience('patienceDays', t('flow.params.patienceDays'))}
      {patience('patienceContacts', t('flow.params.patienceContacts'))}
    </fieldset>
  );
}
