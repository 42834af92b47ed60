import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { EDIT_LABELS } from '../../model/labels';
import { defaultBundle } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { markEdit } from '../../store/quickRerun';
import { useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';

/** Capacity edits while dragging are sent once the hand rests, so one drag is one undo step. */
const COMMIT_DELAY_MS = 200;

/**
 * What if a resource pool had more or fewer servers (e.g. technicians)? Dragging the slider
 * edits the bundle's activation model (undoable) and the shown result is re-estimated.
 */
export function WhatIf() {
  const { t } = useTranslation();
  const doc = useDocument();
  const edit = useWorkspace((s) => s.edit);
  const formBundle = useSimulation((s) => s.bundleId);
  const bundleId =
    doc && formBundle && doc.bundles.some((b) => b.id === formBundle) ? formBundle : doc && defaultBundle(doc);
  const activation = doc?.activations.find((a) => a.bundleId === bundleId);
  const pools = useMemo(() => activation?.resources ?? [], [activation]);
  const [poolId, setPoolId] = useState<string | null>(null);
  const pool = pools.find((p) => p.id === poolId) ?? pools[0];
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopTimer, []);
  if (!activation || !pool) return null;
  const value = draft ?? pool.capacity;
  const max = Math.max(50, pool.capacity * 3);

  const send = (capacity: number) => {
    setDraft(null);
    if (capacity === pool.capacity) return;
    markEdit();
    const resources = pools.map((p) => (p.id === pool.id ? { ...p, capacity } : p));
    void edit(EDIT_LABELS.editResourcePool, [
      { op: 'put', entity: { kind: 'activation', value: { ...activation, resources } } },
    ]);
  };

  return (
    <div className="card sim-whatif" data-testid="whatif">
      <h3>{t('whatIf.title')}</h3>
      <div className="field-row">
        <Field label={t('whatIf.pool')}>
          <select
            className="select"
            data-testid="whatif-resource-select"
            value={pool.id}
            onChange={(e) => {
              stopTimer();
              setDraft(null);
              setPoolId(e.target.value);
            }}
          >
            {pools.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('whatIf.capacity', { capacity: value })} className="whatif-capacity">
          <input
            type="range"
            min={1}
            max={max}
            step={1}
            value={value}
            data-testid="whatif-capacity"
            aria-valuetext={String(value)}
            onChange={(e) => {
              const next = Math.max(1, Math.round(Number(e.target.value)));
              setDraft(next);
              stopTimer();
              timer.current = setTimeout(() => {
                timer.current = null;
                send(next);
              }, COMMIT_DELAY_MS);
            }}
          />
        </Field>
      </div>
      <p className="muted small">{t('whatIf.hint')}</p>
    </div>
  );
}
