import { button, buttonRow, card, escapeMd, markdown, type Card } from '../kit.js';

/** A picture or file as the offer and its answers name it. */
export interface AttachmentItem {
  kind: 'image' | 'file';
  name?: string | null;
}

export interface AttachmentOfferView {
  draftId: string;
  messageId: string;
  items: AttachmentItem[];
  /** The referral already sent from the draft, if it was. */
  referralId: string | null;
  /** Set once answered: the card no longer offers anything. */
  decided?: 'accepted' | 'declined';
}

/** 「2张图片」, 「文件《现场照片.pdf》」, 「1张图片和1个文件」. */
export function itemsText(items: readonly AttachmentItem[]): string {
  const images = items.filter((i) => i.kind === 'image').length;
  const files = items.filter((i) => i.kind === 'file');
  const parts: string[] = [];
  if (images) parts.push(`${images}张图片`);
  if (files.length === 1 && files[0]?.name) parts.push(`文件《${files[0].name}》`);
  else if (files.length) parts.push(`${files.length}个文件`);
  return parts.join('和');
}

const target = (referralId: string | null) => (referralId ? `线索${referralId}` : '刚才的线索移送表');

/** Asks whether the pictures and files just sent go with the referral as its 移交材料. */
export function attachmentOfferCard(view: AttachmentOfferView): Card {
  const what = escapeMd(itemsText(view.items));
  const value = (action: string) => ({ action, draft: view.draftId, message: view.messageId });
  const body =
    view.decided === 'accepted'
      ? [markdown(`已同意将${what}作为${target(view.referralId)}的移交材料附上，保存后另行告知。`)]
      : view.decided === 'declined'
        ? [markdown(`${what}未附上。`)]
        : [
            markdown(`收到${what}。是否作为${target(view.referralId)}的移交材料附上？`),
            buttonRow([
              button('作为移交材料附上', value('referral.attach'), { type: 'primary_filled' }),
              button('不附上', value('referral.attach.decline')),
            ]),
          ];
  return card('移交材料', view.decided === 'declined' ? 'grey' : 'blue', body);
}

const MB = 1024 * 1024;

/** What became of the pictures and files after the download, in one message to the sender. */
export function attachmentResultText(input: {
  referralId: string | null;
  stored: AttachmentItem[];
  tooLarge: AttachmentItem[];
  unavailable: AttachmentItem[];
  maxBytes: number;
}): string {
  const lines: string[] = [];
  const limit =
    input.maxBytes >= MB
      ? `${Math.round((input.maxBytes / MB) * 10) / 10} MB`
      : `${Math.max(1, Math.round(input.maxBytes / 1024))} KB`;
  if (input.stored.length) {
    lines.push(
      input.referralId
        ? `已将${itemsText(input.stored)}作为线索${input.referralId}的移交材料附上，可在附件3表单中查看。`
        : `已将${itemsText(input.stored)}附于线索移送表，确认移送后随表移交。`,
    );
  }
  if (input.tooLarge.length)
    lines.push(`${itemsText(input.tooLarge)}超过${limit}的保存上限，未能附上，请通过其他途径移交。`);
  if (input.unavailable.length)
    lines.push(`${itemsText(input.unavailable)}无法从飞书下载（可能已撤回），未能附上，请重新发送。`);
  return lines.join('\n');
}

/** Local mode: nothing can be fetched from Lark, so the picture is only noted. */
export function attachmentLocalText(items: readonly AttachmentItem[]): string {
  return `已收到${itemsText(items)}。本地运行模式无法从飞书下载图片和文件，暂不能作为移交材料附上；接入飞书后可正常附上。`;
}
