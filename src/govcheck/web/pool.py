"""Where the checks run: worker processes, each with its own rules engine.

durable_rules keeps its state in a C core: one host per process, and threads sharing a state
id silently lose findings (ENGINE_NOTES.md). So the server never checks on its own threads:
checks go to a pool of worker processes (``spawn``, each building its engine once), one check
at a time per worker, and each request waits for its own future, so results cannot cross
between requests. A worker that dies (a hostile document crashing a C library) or a check
that runs past the time limit costs only that pool: it is replaced, and the checks that were
running beside it are tried once more on the new one.

``workers=0`` checks on one dedicated thread of the server process instead (serialised, so
the engine is still never shared between threads). Measured on the 2-core reference machine
(under other load, 50 concurrent uploads of seeds as text, Word, PDF and drafts, three runs):
one upload takes 33-36 ms in-process and 40-47 ms through a worker (the upload and the result
cross a pipe); 50 concurrent take 2.3-3.0 s in-process and 1.6-1.9 s with two workers. The
pool is the default for its isolation as much as its speed: a crash, a runaway document or a
memory bomb stops one worker, never the server, which in-process checking cannot promise.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from govcheck.runner import RunConfig
from govcheck.web import checking

T = TypeVar("T")
log = logging.getLogger("govcheck.web")

#: Per worker process: enough for a 20 MB document and the engine, far below the machine's.
WORKER_MEMORY = 2 * 1024**3


class CheckFailed(Exception):
    """The check could not be made (the worker died); the page says so."""


class CheckTimedOut(CheckFailed):
    """The check ran past the time limit and was stopped."""


class CheckPool:
    def __init__(
        self,
        config: RunConfig,
        workers: int = 2,
        timeout: float = 60.0,
        waiting: int = 64,
        memory_limit: int | None = WORKER_MEMORY,
    ) -> None:
        self.config = config
        self.workers = workers
        self.timeout = timeout
        self.memory_limit = memory_limit
        self._executor: Executor | None = None
        # Requests beyond this many wait before their upload is handed on, so a burst of
        # uploads queues instead of filling memory with pickled copies.
        self._slots = asyncio.Semaphore(max(1, waiting))

    def _new_executor(self) -> Executor:
        if self.workers <= 0:
            return ThreadPoolExecutor(
                max_workers=1,
                thread_name_prefix="govcheck-check",
                initializer=checking.start_worker,
                initargs=(self.config, None),
            )
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=checking.start_worker,
            initargs=(self.config, self.memory_limit),
        )

    async def start(self) -> None:
        """Start the workers now, so the first official does not wait for them."""
        self._executor = self._new_executor()
        loop = asyncio.get_running_loop()
        pings = [
            loop.run_in_executor(self._executor, checking.ping) for _ in range(max(1, self.workers))
        ]
        await asyncio.gather(*pings)

    def close(self) -> None:
        if self._executor is not None:
            self._stop(self._executor)
            self._executor = None

    def _stop(self, executor: Executor) -> None:
        if isinstance(executor, ProcessPoolExecutor):
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)

    def _replace(self, broken: Executor) -> None:
        if self._executor is broken:
            self._stop(broken)
            self._executor = self._new_executor()

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        async with self._slots:
            for attempt in (1, 2):
                executor = self._executor
                if executor is None:
                    executor = self._executor = self._new_executor()
                loop = asyncio.get_running_loop()
                try:
                    future = loop.run_in_executor(executor, function, *args)
                    return await asyncio.wait_for(future, self.timeout)
                except TimeoutError:
                    log.warning("a check ran past %s s and was stopped", self.timeout)
                    if isinstance(executor, ProcessPoolExecutor):
                        self._replace(executor)
                    raise CheckTimedOut() from None
                except BrokenProcessPool:
                    # Never log the upload: only that a worker stopped.
                    log.warning("a check worker stopped (attempt %d)", attempt)
                    self._replace(executor)
                    if attempt == 2:
                        raise CheckFailed() from None
            raise CheckFailed()  # pragma: no cover - the loop returns or raises
