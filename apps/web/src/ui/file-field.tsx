import { useState, type ChangeEvent, type InputHTMLAttributes } from 'react';

export type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & {
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A file field whose button and "no file" line speak the screen's language: the browser's own field
 * words them in the browser's language. The real field lies invisibly over the whole box, so a click
 * anywhere, the keyboard and the field's <label> all reach it.
 */
export function FileField({ texts, onChange, ...input }: FileFieldProps & { texts: { choose: string; none: string } }) {
  const [name, setName] = useState<string | null>(null);
  return (
    <span className={input.disabled ? 'file-input file-input-disabled' : 'file-input'}>
      <input
        {...input}
        type="file"
        className="file-input-native"
        onChange={(event) => {
          setName(event.target.files?.[0]?.name ?? null);
          onChange?.(event);
        }}
      />
      <span className="btn btn-small file-input-button" aria-hidden="true">
        {texts.choose}
      </span>
      <span className={name ? 'file-input-name' : 'file-input-name muted'} aria-hidden="true">
        {name ?? texts.none}
      </span>
    </span>
  );
}
