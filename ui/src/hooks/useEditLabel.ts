import { useTranslation } from 'react-i18next';
import { editLabelKey } from '../model/labels';

/** Translates a stored edit label (see model/labels.ts); unknown labels are shown as stored. */
export function useEditLabel(): (label: string) => string {
  const { t } = useTranslation();
  return (label) => {
    const key = editLabelKey(label);
    return key ? t(`edits.${key}`) : label;
  };
}
