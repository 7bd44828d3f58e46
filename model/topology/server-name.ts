/**
 * Server names compare as DNS names do (case-insensitively), and a SQL instance (`sql1\rtc`) lives on its
 * server (`sql1`): two instances on one server fail together.
 */
export function serverOf(name: string): string {
  return (name.split('\\')[0] ?? name).toLowerCase();
}
