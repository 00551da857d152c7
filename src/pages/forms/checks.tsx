/** The annexes' tick boxes: every printed option, ticked or not, in the printed order. */

/** `_____` in an option stands for the blank the officer writes in, when nothing was written. */
export const BLANK = '_____';

export interface CheckOption {
  text: string;
  checked: boolean;
}

/** 「其他：_____」 with its blank filled in when the option was chosen and a note given. */
export function withNote(label: string, checked: boolean, note: string | null | undefined): string {
  return checked && note ? `${label}${note}` : `${label}${BLANK}`;
}

function OptionText({ text }: { text: string }) {
  const parts = text.split(BLANK);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {part}
          {i < parts.length - 1 ? <span class="blank"></span> : null}
        </>
      ))}
    </>
  );
}

export function Checks({ options }: { options: CheckOption[] }) {
  return (
    <ul class="checks">
      {options.map((o) => (
        <li class={o.checked ? 'on' : undefined}>
          <span class="box" aria-hidden="true">
            {o.checked ? '☑' : '☐'}
          </span>
          <span class="sr-only">{o.checked ? '已选：' : '未选：'}</span>
          <OptionText text={o.text} />
        </li>
      ))}
    </ul>
  );
}
