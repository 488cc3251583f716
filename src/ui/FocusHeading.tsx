import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface FocusHeadingProps {
  readonly level: 2 | 3;
  /** Move focus here when this heading appears (each new screen), but not on page load. */
  readonly focusOnMount: boolean;
  readonly id?: string;
  readonly class?: string;
  readonly children: ComponentChildren;
}

/**
 * The heading of a new screen or panel. Screen reader and keyboard users land on it, so they
 * hear the new question first and Tab on from there. tabIndex -1 keeps it out of the Tab order.
 * Focus moves in the same task as the new screen (a layout effect), never a frame later: the
 * control that had focus is gone by then, and a keyboard user's next Tab must start from the
 * new question, not from the top of the page. It costs a layout inside the click (measured in
 * BENCHMARKS.md as part of the step latency).
 */
export function FocusHeading({ level, focusOnMount, id, class: className, children }: FocusHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} id={id} class={className} tabIndex={-1}>
      {children}
    </Tag>
  );
}
