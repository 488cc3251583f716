// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { instanceKeyOf, sessionResumeStore, STORAGE_KEY } from '../../src/embed/resume-storage';

afterEach(() => {
  sessionStorage.clear();
  document.body.replaceChildren();
});

const POINT = { step: 'danger', answers: { who: ['self'] } } as const;

describe('the session resume store', () => {
  it('keeps every widget of the page under one key', () => {
    sessionResumeStore(window, '#a', '1.0.0').save(POINT);
    sessionResumeStore(window, '#b', '1.0.0').save({ step: 'who', answers: {} });
    expect(Object.keys(sessionStorage)).toEqual([STORAGE_KEY]);
    expect(sessionResumeStore(window, '#a', '1.0.0').load()).toEqual(POINT);
    sessionResumeStore(window, '#a', '1.0.0').save(null);
    sessionResumeStore(window, '#b', '1.0.0').save(null);
    expect(sessionStorage.length).toBe(0);
  });

  it('drops data of another version, and corrupt data', () => {
    sessionResumeStore(window, '#a', '0.9.0').save(POINT);
    expect(sessionResumeStore(window, '#a', '1.0.0').load()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    sessionStorage.setItem(STORAGE_KEY, '{not json');
    expect(sessionResumeStore(window, '#a', '1.0.0').load()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it.each([
    [
      'the sessionStorage getter throws (storage disabled)',
      {
        get sessionStorage(): Storage {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    ],
    [
      'every call throws (quota exceeded, private mode)',
      {
        sessionStorage: {
          getItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        },
      },
    ],
  ])('works on, in memory, when %s', (_name, fakeWindow) => {
    const store = sessionResumeStore(fakeWindow as unknown as Window, '#a', '1.0.0');
    expect(() => store.save(POINT)).not.toThrow();
    expect(store.load()).toBeNull();
    expect(() => store.save(null)).not.toThrow();
  });

  it('tells widgets apart by id, else by position among elements of their tag', () => {
    document.body.innerHTML =
      '<care-level-finder id="intake"></care-level-finder><care-level-finder></care-level-finder>';
    const [first, second] = document.querySelectorAll('care-level-finder');
    expect(first && instanceKeyOf(first)).toBe('#intake');
    expect(second && instanceKeyOf(second)).toBe('care-level-finder:1');
  });

  it('tells apart widgets inside shadow roots by their host too', () => {
    document.body.innerHTML = '<div id="app-a"></div><div id="app-b"></div>';
    const keys = ['#app-a', '#app-b'].map((selector) => {
      const shadow = document.querySelector(selector)?.attachShadow({ mode: 'open' });
      if (!shadow) throw new Error('no shadow root');
      shadow.innerHTML = '<care-level-finder></care-level-finder>';
      const element = shadow.querySelector('care-level-finder');
      if (!element) throw new Error('no element');
      return instanceKeyOf(element);
    });
    expect(keys).toEqual(['#app-a>care-level-finder:0', '#app-b>care-level-finder:0']);
  });
});
