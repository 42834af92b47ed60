import { useTranslation } from 'react-i18next';

export function MoveButtons({
  name,
  first,
  last,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (delta: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        disabled={first}
        aria-label={t('common.moveUpNamed', { name })}
        title={t('common.moveUp')}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        disabled={last}
        aria-label={t('common.moveDownNamed', { name })}
        title={t('common.moveDown')}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
