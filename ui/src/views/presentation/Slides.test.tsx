import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDocument, sampleRun } from '../../api/fixtures';
import { i18n } from '../../i18n';
import { FrictionSlide, TitleSlide } from './Slides';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('title slide', () => {
  it('says "1 bundle", not "1 bundles", and counts the rest in the plural', async () => {
    await i18n.changeLanguage('en');
    const doc = sampleDocument();
    expect(doc.bundles).toHaveLength(1);
    render(<TitleSlide doc={doc} title="Acme Telecom" segment="Young digital" journey="Switch" />);
    expect(screen.getByTestId('slide-scope').textContent).toBe(`${doc.stages.length} stages · 1 bundle`);
  });

  it('names every segment when the deck presents them all, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const doc = sampleDocument();
    doc.stages = doc.stages.slice(0, 1);
    render(<TitleSlide doc={doc} title="Acme Telecom" segment={null} journey="Switch" />);
    expect(screen.getByTestId('slide-scope').textContent).toBe(`1 个阶段 · 1 个套餐 · ${doc.segments.length} 个客户群`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('全部客户群');
  });
});

describe('friction slide', () => {
  it('names each step once: a reason that repeats the name beside it loses the name', () => {
    const [first, second] = sampleRun().overall.friction;
    const saved = { ...first!, reason: `${first!.name}: 1.2 technician visits per customer` };
    render(<FrictionSlide items={[saved, second!]} segment={null} />);
    const items = screen.getAllByTestId('slide-friction-item');
    expect(items).toHaveLength(2);
    for (const [i, item] of [saved, second!].entries()) {
      const text = items[i]!.textContent ?? '';
      expect(text.split(item.name).length - 1, text).toBe(1);
    }
    expect(items[0]!.textContent).toContain('— 1.2 technician visits per customer');
  });
});
