import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml, stripControl } from '../../src/reports/escape.ts';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('replaces control characters, line breaks included', () => {
    expect(escapeHtml('a\nb\u0000c')).toBe('a\ufffdb\ufffdc');
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, links, tables and raw HTML', () => {
    expect(escapeMarkdown('**fe2** `x` [a](b) | _y_ ~z~ <b>&')).toBe('\\*\\*fe2\\*\\* \\`x\\` \\[a\\](b) \\| \\_y\\_ \\~z\\~ &lt;b&gt;&amp;');
  });
  it('escapes block syntax only at the start', () => {
    expect(escapeMarkdown('# witness - 1. a')).toBe('\\# witness - 1. a');
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
  });
  it('keeps a name on one line', () => {
    expect(escapeMarkdown('fe1\n# heading')).toBe('fe1\ufffd# heading');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML 1.0 forbids, but keeps line breaks', () => {
    expect(escapeXml('a<b>&"\'\u0001\n\ud800x')).toBe('a&lt;b&gt;&amp;&quot;&#39;\ufffd\n\ufffdx');
  });
  it('keeps surrogate pairs', () => {
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('stripControl', () => {
  it('keeps tabs and ordinary text', () => {
    expect(stripControl('a\tb é')).toBe('a\tb é');
  });
});
