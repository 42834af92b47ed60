import { useTranslation } from 'react-i18next';

/** A field's validation message (a catalog key) under the field. */
export function FieldError({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span className="field-error" role="alert">
      {t(error)}
    </span>
  );
}
