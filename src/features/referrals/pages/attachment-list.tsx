import type { FormAttachment } from '../export/form.js';

function sizeText(size: number | null): string {
  if (size === null) return '';
  return size >= 1024 * 1024
    ? `${(size / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(size / 1024))} KB`;
}

const NOT_STORED: Record<Exclude<FormAttachment['status'], 'stored'>, string> = {
  accepted: '保存中',
  too_large: '超过保存上限，未保存，请另行移交',
  unavailable: '未能从飞书下载',
};

/** The pictures and files sent with the referral, each downloadable behind the page's own link. */
export function AttachmentList({ items, href }: { items: FormAttachment[]; href: (id: string) => string }) {
  if (items.length === 0) return null;
  let images = 0;
  return (
    <ol class="attachments">
      {items.map((a) => {
        const name = a.name ?? (a.kind === 'image' ? `图片${++images}` : '文件');
        const size = sizeText(a.size);
        return (
          <li>
            {a.status === 'stored' ? <a href={href(a.id)}>{name}</a> : <span>{name}</span>}
            {size ? `（${size}）` : ''}
            {a.status === 'stored' ? '' : `（${NOT_STORED[a.status]}）`}
          </li>
        );
      })}
    </ol>
  );
}
