import { useTranslation } from 'react-i18next';

/** Shown while the code of a view that loads on demand (the flow editor) is fetched. */
export function ViewLoading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" data-testid="view-loading">
      {t('app.loadingView')}
    </div>
  );
}
