// An in-memory stand-in for the cookie store Next hands a server action. The real session code
// (src/server/auth/session-cookie.ts) writes and reads the signed next-auth cookie through it.

interface Cookie {
  name: string;
  value: string;
}

class SessionJar {
  private readonly store = new Map<string, string>();
  /** A different client address per test file keeps the sign-in throttle from crossing files. */
  clientAddress = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  get(name: string): Cookie | undefined {
    const value = this.store.get(name);
    return value === undefined ? undefined : { name, value };
  }
  getAll(): Cookie[] {
    return [...this.store].map(([name, value]) => ({ name, value }));
  }
  has(name: string): boolean {
    return this.store.has(name);
  }
  set(nameOrCookie: string | { name: string; value: string }, value?: string): this {
    if (typeof nameOrCookie === "string") this.store.set(nameOrCookie, value ?? "");
    else this.store.set(nameOrCookie.name, nameOrCookie.value);
    return this;
  }
  delete(name: string | { name: string }): this {
    this.store.delete(typeof name === "string" ? name : name.name);
    return this;
  }
  clear(): void {
    this.store.clear();
  }
}

export const sessionJar = new SessionJar();
