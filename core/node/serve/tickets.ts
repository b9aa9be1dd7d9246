// One-time tickets for the event stream: EventSource cannot send the token header, so the page asks
// for a ticket (with the header) and opens the stream with it in the address. A ticket works once,
// briefly, and only on the server that made it; it is never the token and never a cookie.
import { MAX_TICKETS, TICKET_TTL_MS } from "./constants.js";
import { createToken, tokenMatches } from "./token.js";

/** The outstanding tickets of one server. */
export class EventTickets {
  /** Ticket → when it expires (ms since epoch); insertion order is age order. */
  private readonly live = new Map<string, number>();

  constructor(
    private readonly ttlMs = TICKET_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh ticket. */
  issue(): string {
    this.sweep();
    while (this.live.size >= MAX_TICKETS) this.live.delete(this.live.keys().next().value as string);
    const ticket = createToken();
    this.live.set(ticket, this.now() + this.ttlMs);
    return ticket;
  }

  /** True (once) when `given` is a live ticket; it is used up either way. */
  redeem(given: string | null): boolean {
    if (!given) return false;
    this.sweep();
    for (const ticket of this.live.keys()) {
      if (tokenMatches(ticket, given)) {
        this.live.delete(ticket);
        return true;
      }
    }
    return false;
  }

  private sweep(): void {
    const now = this.now();
    for (const [ticket, expires] of this.live) if (expires <= now) this.live.delete(ticket);
  }
}
