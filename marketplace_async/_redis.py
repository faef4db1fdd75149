"""Bucket state in Redis: every process that names the same Redis and prefix shares one budget.

``ClientPool(limits_backend=RedisBackend("redis://host:6379/0"))``; callers change nothing else.

Guarantees (proven against a real ``redis-server`` in ``tests/test_redis_backend.py`` and
``tests/test_redis_multiprocess.py``):

* One Lua script decides a request: it checks and takes all of its buckets at once, or none,
  with the semantics of :class:`MemoryBackend`: exact sliding logs (every window, aligned or not,
  holds at most the amount), pauses and server floors. Time is Redis ``TIME``, never a client's.
* The script answers 0 (taken) or the seconds until the request may fit; the lane sleeps that
  long in its own FIFO queue, so waiting never polls Redis.
* A bucket is two keys under ``prefix + bucket key``: a sorted set of ``ticket:weight`` members
  scored by expiry and a small hash. Both expire when the newest entry leaves its window, so
  idle accounts leave nothing behind. A refund removes exactly its ticket's take.
* Takes that Redis lost may still count at the marketplace. A Redis that holds none of our
  state (restarted without persistence, or new) admits nothing in a bucket until one window
  after it started; one whose state was written under another server id (a restore, a
  failover) admits nothing until one window after the first call that sees it.
* Redis unreachable: with ``on_outage="fail"`` (default) :meth:`acquire` raises
  :class:`LimiterUnavailableError` and nothing is sent. With ``on_outage="local"`` the process
  admits nothing for one window (others' shared takes may still count), then ``local_share``
  of each limit from its own log; it tries Redis again at most every :data:`PROBE_INTERVAL`
  seconds, and the first process back holds every bucket for one window plus that interval, so
  local and shared takes never meet in one window.

Per-item-key limits (Ozon's 30 s per stock pair, 10 prices an hour per product) are shared too:
each key is a bucket of its own (``_keyed.SharedKeys``), so processes may push overlapping items.

Assumptions: a single Redis primary, not Cluster (a request's keys would span slots); our keys
are never evicted (``maxmemory-policy noeviction``) nor flushed while in use; with ``"local"``,
every process sharing the prefix uses it with ``local_share <= 1 / processes``, and Redis is
unreachable for all of them at once: a partition that cuts off only some processes lets each of
them add its share to the shared budget.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import secrets
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._backend import Bucket, Demand, MemoryBackend
from ._errors import LimiterUnavailableError

try:
    import redis.asyncio as aioredis
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import RedisError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("RedisBackend needs the redis package: pip install 'marketplace_async[redis]'") from exc

log = logging.getLogger("marketplace_async")

OnOutage = Literal["fail", "local"]

PROBE_INTERVAL = 1.0
"""Seconds between attempts to reach Redis again in local mode; every process uses the same."""

INFLIGHT_GRACE = 300.0
"""Seconds after which a take that was never settled (its process died mid-request) leaves its
window anyway: longer than any request's attempt timeout."""

REDIS_CONNECTIONS = 32
"""Connections a backend made from a URL opens at most; more operations wait for one."""

DEFAULT_TIMEOUT = 1.0
"""Seconds one Redis operation may take, retries on dropped connections included, before Redis counts as down."""

_US = 1_000_000
_RETRY_PAUSE = 0.05  # seconds between attempts within one operation's timeout

# KEYS[1]: the fence "<run_id> <µs>": no bucket admits before fence + its window. Then per bucket:
# its log (sorted set of "<ticket>:<weight>" scored by expiry) and its state (hash).
# ARGV: op, ticket, x, y, then amount, window, weight per bucket. Every time is µs of Redis TIME;
# numbers go back to Redis through int() because Lua prints them with 14 digits.
_SCRIPT = """
if redis.replicate_commands then redis.replicate_commands() end
local op, ticket, x, y = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])

local function int(v) return string.format('%.0f', v) end
local function weight_of(member) return tonumber(string.match(member, ':(%d+)$')) end

local function load(i)
  local a = 4 + 3 * (i - 1)
  local b = {log = KEYS[2 * i], state = KEYS[2 * i + 1], amount = tonumber(ARGV[a + 1]),
             window = tonumber(ARGV[a + 2]), weight = tonumber(ARGV[a + 3])}
  local s = redis.call('HMGET', b.state, 'used', 'total', 'pause', 'floor', 'fbase', 'funtil', 'fat')
  b.used = tonumber(s[1])
  b.total, b.pause, b.floor = tonumber(s[2]) or 0, tonumber(s[3]) or 0, tonumber(s[4]) or 0
  b.fbase, b.funtil, b.fat = tonumber(s[5]) or 0, tonumber(s[6]) or 0, tonumber(s[7]) or 0
  if b.used == nil then  -- no state beside the log: count the log itself
    b.used = 0
    for _, m in ipairs(redis.call('ZRANGE', b.log, 0, -1)) do b.used = b.used + weight_of(m) end
  end
  local gone = redis.call('ZRANGEBYSCORE', b.log, '-inf', int(now))
  if #gone > 0 then
    for _, m in ipairs(gone) do b.used = b.used - weight_of(m) end
    redis.call('ZREMRANGEBYSCORE', b.log, '-inf', int(now))
  end
  return b
end

local function save(b)
  local last = redis.call('ZRANGE', b.log, -1, -1, 'WITHSCORES')
  local keep = math.max(tonumber(last[2]) or 0, b.pause, b.funtil) - now
  if keep <= 0 then
    redis.call('DEL', b.log, b.state)
    return
  end
  redis.call('HSET', b.state, 'used', int(b.used), 'total', int(b.total), 'pause', int(b.pause),
             'floor', int(b.floor), 'fbase', int(b.fbase), 'funtil', int(b.funtil), 'fat', int(b.fat))
  local ms = int(math.floor(keep / 1000) + 1)
  redis.call('PEXPIRE', b.log, ms)
  redis.call('PEXPIRE', b.state, ms)
end

local function fence()
  local info = redis.call('INFO', 'server')
  local run = string.match(info, 'run_id:(%w+)')
  local stored = redis.call('GET', KEYS[1])
  local f, changed
  if stored then
    local srun, sf = string.match(stored, '^(%w+) (%d+)$')
    f = tonumber(sf) or 0
    if srun ~= run then
      -- Our keys were written under another server (a restore, a failover): they may lack the
      -- last takes, which happened before we noticed.
      f, changed = math.max(f, now), true
    end
  else
    -- This server never held our state: anything sent before it started may still count. Its
    -- uptime counts from a start truncated to the second, so the start is before now - uptime + 1 s.
    f, changed = now - (tonumber(string.match(info, 'uptime_in_seconds:(%d+)')) - 1) * 1000000, true
  end
  if x > 0 and now + x > f then f, changed = now + x, true end  -- a process back from local admissions
  if changed then redis.call('SET', KEYS[1], run .. ' ' .. int(f)) end
  return f
end

local function wait_of(b, f)
  local w = 0
  if now < b.pause then w = b.pause - now end
  if now < b.funtil and b.floor + (b.total - b.fbase) + b.weight > b.amount then
    w = math.max(w, b.funtil - now)
  end
  local excess = b.used + b.weight - b.amount
  if excess > 0 then
    local freed, start, at = 0, 0, nil
    repeat
      local chunk = redis.call('ZRANGE', b.log, start, start + 99, 'WITHSCORES')
      for j = 1, #chunk, 2 do
        freed = freed + weight_of(chunk[j])
        if freed >= excess then at = tonumber(chunk[j + 1]); break end
      end
      start = start + 100
    until at or #chunk < 200
    -- A score beyond one window from now is a take still in flight (see settle): it leaves one
    -- window after its answer, so look again within a window rather than at its provisional end.
    w = math.max(w, at and math.min(at - now, b.window) or b.window)
  end
  if now < f + b.window then w = math.max(w, f + b.window - now) end
  return w
end

local n = (#KEYS - 1) / 2
if op == 'acquire' then
  -- A retried call whose first run took the budget (its answer was lost) is already done.
  if redis.call('ZSCORE', KEYS[2], ticket .. ':' .. ARGV[7]) then return 0 end
  local f = fence()
  local buckets, wait = {}, 0
  for i = 1, n do
    buckets[i] = load(i)
    wait = math.max(wait, wait_of(buckets[i], f))
  end
  for _, b in ipairs(buckets) do
    if wait == 0 then
      -- In flight until settled: y is the grace after which a take nobody settled (its process
      -- died) leaves anyway.
      redis.call('ZADD', b.log, int(now + b.window + y), ticket .. ':' .. b.weight)
      b.used, b.total = b.used + b.weight, b.total + b.weight
    end
    save(b)
  end
  return wait
elseif op == 'refund' then
  for i = 1, n do
    local b = load(i)
    local member = ticket .. ':' .. b.weight
    local score = tonumber(redis.call('ZSCORE', b.log, member))
    if score then
      redis.call('ZREM', b.log, member)
      b.used, b.total = b.used - b.weight, b.total - b.weight
      -- Taken (score = take + window + grace y) before the server's floor was set: the floor
      -- may count it, so giving it back must not lower the floor.
      if score - b.window - y <= b.fat then b.fbase = b.fbase - b.weight end
    end
    save(b)
  end
elseif op == 'settle' then
  -- The request was answered: the server counted it by now, so it leaves one window from now.
  for i = 1, n do
    local b = load(i)
    redis.call('ZADD', b.log, 'XX', int(now + b.window), ticket .. ':' .. b.weight)
    save(b)
  end
elseif op == 'pause' then
  local b = load(1)
  b.pause = math.max(b.pause, now + x)
  save(b)
elseif op == 'observe' then
  local b = load(1)
  local server_used = math.max(0, b.amount - x)
  if server_used > b.used then
    b.floor, b.fbase, b.funtil, b.fat = server_used, b.total, now + math.max(0, y), now
  end
  save(b)
end
return 0
"""


def _us(seconds: float) -> int:
    return math.ceil(seconds * _US)


@dataclass(slots=True)
class _Outage:
    since: float  # loop time when Redis was found unreachable
    probed_at: float  # loop time when the latest failed attempt started


class RedisBackend:
    """Bucket state in Redis for any number of processes; see the module docstring.

    ``url_or_client`` is a ``redis://`` URL (the backend owns and closes that client) or a
    ``redis.asyncio.Redis`` (left open). ``timeout`` bounds each Redis operation.
    """

    def __init__(
        self,
        url_or_client: str | aioredis.Redis,
        *,
        prefix: str = "mpa:",
        on_outage: OnOutage = "fail",
        local_share: float | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if on_outage not in ("fail", "local"):
            raise ValueError(f"on_outage must be 'fail' or 'local', not {on_outage!r}")
        if on_outage == "local":
            if local_share is None or not 0.0 < local_share <= 1.0:
                raise ValueError("on_outage='local' needs 0 < local_share <= 1, e.g. 1 / processes")
        elif local_share is not None:
            raise ValueError("local_share applies only with on_outage='local'")
        if not timeout > 0:
            raise ValueError(f"timeout must be > 0 s, got {timeout!r}")
        if isinstance(url_or_client, str):
            # A blocking pool: past its size an operation waits for a free connection (up to
            # ``timeout``) instead of failing, so a burst of settles never reads as an outage.
            pool = aioredis.BlockingConnectionPool.from_url(
                url_or_client,
                max_connections=REDIS_CONNECTIONS,
                timeout=timeout,
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
            )
            self._redis = aioredis.Redis.from_pool(pool)  # closes the pool with the client
            self._owns_client = True
        else:
            self._redis = url_or_client
            self._owns_client = False
        self._script = self._redis.register_script(_SCRIPT)
        self.prefix = prefix
        self.on_outage = on_outage
        self.local_share = local_share
        self.timeout = timeout
        self._fence = prefix + "fence"
        self._local = MemoryBackend()
        self._local_tickets: set[int] = set()
        self._outage: _Outage | None = None
        self._probe_lock = asyncio.Lock()
        self._pending: set[asyncio.Task[None]] = set()
        self._pid = 0
        self._origin = ""

    def __repr__(self) -> str:
        state = " local" if self._outage is not None else ""
        return f"<RedisBackend prefix={self.prefix!r} on_outage={self.on_outage!r}{state}>"

    @property
    def degraded(self) -> bool:
        """True while Redis is unreachable and this process admits its local share."""
        return self._outage is not None

    # -- the protocol --------------------------------------------------------------------------

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        if self._outage is not None:
            return await self._acquire_degraded(demands, ticket)
        started = _now()
        try:
            return await self._acquire_shared(demands, ticket, 0.0)
        except LimiterUnavailableError as exc:
            self._enter_outage(exc, started)
            return self._acquire_local(demands, ticket)

    async def refund(self, demands: Sequence[Demand], ticket: int) -> None:
        if ticket in self._local_tickets:
            self._local_tickets.discard(ticket)
            await self._local.refund(self._shares(demands), ticket)
            return
        try:
            await self._eval("refund", demands, ticket, 0, _us(INFLIGHT_GRACE))
        except LimiterUnavailableError as exc:
            # Safe to drop: the take stays counted until its window ends.
            log.warning("could not refund a take in Redis (%s); it expires with its window", exc)

    def settle(self, demands: Sequence[Demand], ticket: int) -> None:
        if ticket in self._local_tickets:
            self._local_tickets.discard(ticket)
            self._local.settle(self._shares(demands), ticket)
        else:
            self._spawn(self._settle_shared(demands, ticket))

    async def settled(self) -> None:
        """Wait until every settle (and refund) issued so far has reached Redis or given up."""
        while self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)

    async def _settle_shared(self, demands: Sequence[Demand], ticket: int) -> None:
        try:
            await self._eval("settle", demands, ticket)
        except LimiterUnavailableError as exc:
            # Safe to drop: the take stays counted until its in-flight grace ends.
            log.warning("could not settle a take in Redis (%s); it expires with its grace", exc)

    async def pause(self, bucket: Bucket, seconds: float) -> None:
        if self._outage is None:
            started = _now()
            try:
                await self._eval("pause", [(bucket, 0)], 0, _us(seconds))
                return
            except LimiterUnavailableError as exc:
                self._enter_outage(exc, started)
        await self._local.pause(self._share(bucket), seconds)

    async def observe_remaining(self, bucket: Bucket, remaining: int, reset_in: float) -> None:
        if self._outage is None:
            started = _now()
            try:
                await self._eval("observe", [(bucket, 0)], 0, remaining, _us(max(0.0, reset_in)))
                return
            except LimiterUnavailableError as exc:
                self._enter_outage(exc, started)
        await self._local.observe_remaining(self._share(bucket), remaining, reset_in)

    def prune(self) -> int:
        """Forget idle buckets of the local share (Redis expires its own keys)."""
        return self._local.prune()

    async def aclose(self) -> None:
        await self.settled()
        self._local = MemoryBackend()
        self._local_tickets.clear()
        self._outage = None
        if self._owns_client:
            await self._redis.aclose()

    # -- shared admission ----------------------------------------------------------------------

    async def _acquire_shared(self, demands: Sequence[Demand], ticket: int, slack: float) -> float:
        try:
            wait = await self._eval("acquire", demands, ticket, _us(slack), _us(INFLIGHT_GRACE))
        except asyncio.CancelledError:
            # The script may have taken the budget before the answer was lost: give it back.
            self._spawn(self.refund(demands, ticket))
            raise
        return wait / _US

    async def _eval(self, op: str, demands: Sequence[Demand], ticket: int, x: int = 0, y: int = 0) -> int:
        keys = [self._fence]
        args: list[str | int] = [op, f"{self._origin_id()}.{ticket}", x, y]
        for bucket, weight in demands:
            name = self.prefix + bucket.key
            keys += (name + ":log", name + ":state")
            args += (bucket.amount, _us(bucket.window), weight)
        error: BaseException | None = None
        try:
            async with asyncio.timeout(self.timeout):
                while True:
                    try:
                        return int(await self._script(keys=keys, args=args))
                    except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                        error = exc  # e.g. a pooled connection a restart dropped: the next one is new
                    await asyncio.sleep(_RETRY_PAUSE)
        except (TimeoutError, RedisError) as exc:
            cause = error if isinstance(exc, TimeoutError) and error is not None else exc
            raise LimiterUnavailableError(
                f"Redis is unreachable for the rate limiter ({_describe(cause)}); nothing was sent"
            ) from cause

    def _origin_id(self) -> str:
        # Tickets are unique per process; this makes members unique across processes (and forks).
        pid = os.getpid()
        if pid != self._pid:
            self._pid, self._origin = pid, secrets.token_hex(8)
        return self._origin

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    # -- local admission during an outage ------------------------------------------------------

    def _enter_outage(self, error: LimiterUnavailableError, started: float) -> None:
        if self.on_outage == "fail":
            raise error
        self._outage = _Outage(since=_now(), probed_at=started)
        log.warning(
            "Redis is unreachable: admitting %g of each limit locally after one window", self.local_share
        )

    async def _acquire_degraded(self, demands: Sequence[Demand], ticket: int) -> float:
        async with self._probe_lock:  # no local admission while an attempt at Redis is in flight
            outage = self._outage
            if outage is not None:
                started = _now()
                if started - outage.probed_at < PROBE_INTERVAL:
                    return self._acquire_local(demands, ticket)
                try:
                    wait = await self._acquire_shared(demands, ticket, PROBE_INTERVAL)
                except LimiterUnavailableError:
                    outage.probed_at = started
                    return self._acquire_local(demands, ticket)
                self._outage = None
                self._local = MemoryBackend()
                self._local_tickets.clear()
                log.warning("Redis is reachable again: buckets are held one window, then shared")
                return wait
        return await self.acquire(demands, ticket)  # another caller's attempt found Redis back

    def _acquire_local(self, demands: Sequence[Demand], ticket: int) -> float:
        assert self._outage is not None
        now = _now()
        wait = 0.0
        shares = self._shares(demands)
        for (bucket, _), (share, weight) in zip(demands, shares, strict=True):
            if weight > share.amount:
                return PROBE_INTERVAL  # only the shared budget can ever admit it: wait for Redis
            wait = max(wait, self._outage.since + bucket.window - now)
        if wait > 0.0:
            return wait
        wait = self._local.try_acquire(shares, ticket)
        if wait == 0.0:
            self._local_tickets.add(ticket)
        return wait

    def _share(self, bucket: Bucket) -> Bucket:
        amount = math.floor(bucket.amount * (self.local_share or 0.0) + 1e-9)
        return Bucket(bucket.key, amount, bucket.window)

    def _shares(self, demands: Sequence[Demand]) -> list[Demand]:
        return [(self._share(bucket), weight) for bucket, weight in demands]


def _now() -> float:
    return asyncio.get_running_loop().time()


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
