import { Component, createRef, type ComponentChildren } from 'preact';

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
 * Focus moves in the same task as the new screen (componentDidMount), never a frame later: the
 * control that had focus is gone by then, and a keyboard user's next Tab must start from the
 * new question, not from the top of the page. It costs a layout inside the click (measured in
 * BENCHMARKS.md as part of the step latency). A class, like every stateful component of the
 * widget: Preact's hooks would add 1 KiB to dist/widget.js for four components.
 */
export class FocusHeading extends Component<FocusHeadingProps> {
  #heading = createRef<HTMLHeadingElement>();

  override componentDidMount(): void {
    if (this.props.focusOnMount) this.#heading.current?.focus();
  }

  override render() {
    const { level, id, class: className, children } = this.props;
    const Tag = level === 2 ? 'h2' : 'h3';
    return (
      <Tag ref={this.#heading} id={id} class={className} tabIndex={-1}>
        {children}
      </Tag>
    );
  }
}
