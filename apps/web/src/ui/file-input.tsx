import { useIntl } from 'react-intl';
import { FileField, type FileFieldProps } from './file-field';

/** A file field of the workbench, in the workbench language. */
export function FileInput(props: FileFieldProps) {
  const intl = useIntl();
  const texts = {
    choose: intl.formatMessage({ id: 'ui.fileInput.choose', defaultMessage: 'Choose file' }),
    none: intl.formatMessage({ id: 'ui.fileInput.none', defaultMessage: 'No file chosen' }),
  };
  return <FileField {...props} texts={texts} />;
}
