import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { addStage, deleteStage, moveStage, renameStage } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { byPosition } from '../../model/order';
import { useWorkspace } from '../../store/workspace';
import { AddRow } from '../../components/AddRow';
import { MoveButtons } from '../../components/MoveButtons';

export function StageList() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  if (!doc) return null;
  const stages = byPosition(doc.stages);
  return (
    <section className="card" data-testid="stage-list">
      <h2 className="card-title">{t('structure.stages')}</h2>
      <p className="muted small">{t('structure.stagesHint')}</p>
      <ol className="plain-list">
        {stages.map((stage, i) => {
          const steps = doc.steps.filter((s) => s.stageId === stage.id).length;
          return (
            <li key={stage.id} className="list-row" data-testid="stage-row">
              <span className="pref-rank">{i + 1}</span>
              <InlineName
                value={stage.name}
                label={t('structure.stageName')}
                onCommit={(name) => void edit(EDIT_LABELS.renameStage, renameStage(stage, name))}
              />
              <MoveButtons
                name={stage.name}
                first={i === 0}
                last={i === stages.length - 1}
                onMove={(d) => void edit(EDIT_LABELS.reorderStages, moveStage(doc, stage.id, d))}
              />
              <ConfirmButton
                label={t('common.delete')}
                question={t('structure.confirmDeleteStage', { count: steps })}
                onConfirm={() =>
                  void edit(EDIT_LABELS.deleteStage, deleteStage(stage.id), {
                    key: 'notices.stageDeleted',
                    values: { name: stage.name },
                    undoable: true,
                  })
                }
              />
            </li>
          );
        })}
      </ol>
      <AddRow
        placeholder={t('structure.newStage')}
        buttonLabel={t('structure.addStage')}
        testId="add-stage"
        onAdd={(name) => void edit(EDIT_LABELS.addStage, addStage(doc, name, crypto.randomUUID()))}
      />
    </section>
  );
}
