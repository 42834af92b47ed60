import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { addChannel, deleteChannel, moveChannel, updateChannel } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { byPosition } from '../../model/order';
import { CHANNEL_KINDS, type ChannelKind } from '../../model/types';
import { useWorkspace } from '../../store/workspace';
import { AddRow } from '../../components/AddRow';
import { MoveButtons } from '../../components/MoveButtons';

function KindSelect({
  value,
  onChange,
  label,
}: {
  value: ChannelKind;
  onChange: (kind: ChannelKind) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="select select-compact"
      value={value}
      aria-label={label}
      title={label}
      onChange={(e) => onChange(e.target.value as ChannelKind)}
    >
      {CHANNEL_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`channelKinds.${k}`)}
        </option>
      ))}
    </select>
  );
}

export function ChannelList() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  const [newKind, setNewKind] = useState<ChannelKind>('digital');
  if (!doc) return null;
  const channels = byPosition(doc.channels);
  return (
    <section className="card" data-testid="channel-list">
      <h2 className="card-title">{t('structure.channels')}</h2>
      <p className="muted small">{t('structure.channelsHint')}</p>
      <ol className="plain-list">
        {channels.map((channel, i) => {
          const steps = doc.steps.filter((s) => s.channelId === channel.id).length;
          return (
            <li key={channel.id} className="list-row" data-testid="channel-row">
              <span className={`kind-mark kind-${channel.kind}`} aria-hidden="true" />
              <InlineName
                value={channel.name}
                label={t('structure.channelName')}
                onCommit={(name) => void edit(EDIT_LABELS.editChannel, updateChannel({ ...channel, name }))}
              />
              <KindSelect
                value={channel.kind}
                label={t('structure.channelKind')}
                onChange={(kind) => void edit(EDIT_LABELS.editChannel, updateChannel({ ...channel, kind }))}
              />
              <MoveButtons
                name={channel.name}
                first={i === 0}
                last={i === channels.length - 1}
                onMove={(d) => void edit(EDIT_LABELS.reorderChannels, moveChannel(doc, channel.id, d))}
              />
              <ConfirmButton
                label={t('common.delete')}
                question={t('structure.confirmDeleteChannel', { count: steps })}
                onConfirm={() =>
                  void edit(EDIT_LABELS.deleteChannel, deleteChannel(doc, channel.id), {
                    key: 'notices.channelDeleted',
                    values: { name: channel.name },
                    undoable: true,
                  })
                }
              />
            </li>
          );
        })}
      </ol>
      <AddRow
        placeholder={t('structure.newChannel')}
        buttonLabel={t('structure.addChannel')}
        testId="add-channel"
        onAdd={(name) => void edit(EDIT_LABELS.addChannel, addChannel(doc, name, newKind, crypto.randomUUID()))}
      >
        <KindSelect value={newKind} onChange={setNewKind} label={t('structure.channelKind')} />
      </AddRow>
    </section>
  );
}
