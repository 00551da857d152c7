import { describe, expect, it } from 'vitest';
import { readMessageContent, type MessageContent } from '../../src/app/message-content.js';

const mentions = [
  { key: '@_user_1', name: '执法助手', id: { open_id: 'ou_bot' } },
  { key: '@_user_2', name: '张三', id: { open_id: 'ou_zhang' } },
];

const readable = (text: string, resources: unknown[] = []): MessageContent =>
  ({ kind: 'readable', text, resources }) as MessageContent;

type Case = { name: string; type: string; content: unknown; expected: MessageContent };

const unusable = (name: string, type: string, content: unknown): Case => ({
  name,
  type,
  content,
  expected: { kind: 'unusable', messageType: type },
});

const CASES: Case[] = [
  {
    name: 'text: the leading @ of the bot goes, another person is named',
    type: 'text',
    content: { text: '@_user_1 线索移送 请@_user_2 接收' },
    expected: readable('线索移送 请@张三 接收'),
  },
  {
    name: 'text: a trailing @ of the bot and @all go',
    type: 'text',
    content: { text: '我的线索 @_all @_user_1' },
    expected: readable('我的线索'),
  },
  {
    name: 'post without a locale: title, lines, link with its address, @ and picture',
    type: 'post',
    content: {
      title: '线索移送',
      content: [
        [
          { tag: 'at', user_id: '@_user_1', user_name: '执法助手' },
          { tag: 'text', text: ' 主体：长治示例焦化有限公司' },
        ],
        [
          { tag: 'text', text: '监测数据：' },
          { tag: 'a', text: '平台截图', href: 'https://example.cn/a' },
        ],
        [
          { tag: 'text', text: '经办：' },
          { tag: 'at', user_id: '@_user_2', user_name: '张三' },
        ],
        [{ tag: 'img', image_key: 'img_v3_abc', width: 300, height: 200 }],
      ],
    },
    expected: readable(
      '线索移送\n主体：长治示例焦化有限公司\n监测数据：平台截图（https://example.cn/a）\n经办：@张三\n[图片]',
      [{ kind: 'image', key: 'img_v3_abc' }],
    ),
  },
  {
    name: 'post under zh_cn, a link whose text is its address, code and emotion',
    type: 'post',
    content: {
      zh_cn: {
        title: '',
        content: [
          [{ tag: 'a', text: 'https://example.cn/x', href: 'https://example.cn/x' }],
          [
            { tag: 'emotion', emoji_type: 'SMILE' },
            { tag: 'code_block', language: 'TEXT', text: 'COD 120' },
          ],
        ],
      },
    },
    expected: readable('https://example.cn/x\nCOD 120'),
  },
  {
    name: 'a picture',
    type: 'image',
    content: { image_key: 'img_v3_1' },
    expected: readable('', [{ kind: 'image', key: 'img_v3_1' }]),
  },
  {
    name: 'a file with its name',
    type: 'file',
    content: { file_key: 'file_v3_1', file_name: '监测报告.pdf' },
    expected: readable('', [{ kind: 'file', key: 'file_v3_1', name: '监测报告.pdf' }]),
  },
  unusable('a sticker', 'sticker', { file_key: 'x' }),
  unusable('a voice message', 'audio', { file_key: 'x', duration: 2000 }),
  unusable('a merged forward', 'merge_forward', { content: 'Merged and Forwarded Message' }),
  unusable('a type not known yet', 'new_kind', {}),
  { name: 'a picture without its key', type: 'image', content: {}, expected: { kind: 'malformed' } },
];

describe('readMessageContent', () => {
  it.each(CASES)('$name', ({ type, content, expected }) => {
    expect(readMessageContent(type, JSON.stringify(content), mentions)).toEqual(expected);
  });

  it('refuses content that is not a JSON object', () => {
    expect(readMessageContent('text', 'not json')).toEqual({ kind: 'malformed' });
    expect(readMessageContent('post', '[1]')).toEqual({ kind: 'malformed' });
  });
});
