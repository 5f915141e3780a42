import type { ReactNode } from 'react';

/**
 * A board panel: a titled region with its controls in the header and its source and as-of line in the
 * footer, so every figure on the wall says where it comes from and how fresh it is.
 */
export function Panel({
  id,
  title,
  subtitle,
  actions,
  footer,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`panel${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`} id={id}>
      <header className="panel__header">
        <div className="panel__titles">
          <h2 className="panel__title" id={`${id}-title`}>
            {title}
          </h2>
          {subtitle && <p className="panel__subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="panel__actions">{actions}</div>}
      </header>
      <div className="panel__body">{children}</div>
      {footer && <footer className="panel__footer">{footer}</footer>}
    </section>
  );
}
