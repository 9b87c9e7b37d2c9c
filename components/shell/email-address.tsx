/**
 * An e-mail address that never breaks mid-word: the only break it allows is before the "@",
 * so on a narrow screen it reads "name" / "@domain" rather than being cut anywhere.
 */
export function EmailAddress({ email, className = "" }: { email: string; className?: string }) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return <span className={`whitespace-nowrap ${className}`.trim()}>{email}</span>;
  return (
    <span className={className || undefined}>
      <span className="whitespace-nowrap">{email.slice(0, at)}</span>
      <wbr />
      <span className="whitespace-nowrap">{email.slice(at)}</span>
    </span>
  );
}
