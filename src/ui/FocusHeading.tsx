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
