import { useTranslation } from 'react-i18next';
import { ENGINE_IDS } from '../../../core/contract';

/** One <option> per engine of the table, by its name in the interface language. */
export function EngineOptions() {
  const { t } = useTranslation();
  return (
    <>
      {ENGINE_IDS.map((id) => (
        <option key={id} value={id}>
          {t(`engines.${id}`)}
        </option>
      ))}
    </>
  );
}
