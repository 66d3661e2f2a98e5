import { useTranslation } from 'react-i18next';
import { FileField, type FileFieldProps } from '../ui/file-field';

/** A file field of the portal, in the debtor's language. */
export function PortalFileInput(props: FileFieldProps) {
  const { t } = useTranslation();
  return <FileField {...props} texts={{ choose: t('common.file.choose'), none: t('common.file.none') }} />;
}
