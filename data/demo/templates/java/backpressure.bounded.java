package com.acme.{{package}};

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Hands work to a bounded pool; when it is full, callers slow down or the work is shed. */
public final class WorkDispatcher {
  private final BlockingQueue<Task> pending = new ArrayBlockingQueue<>(1024);
  private final ExecutorService pool = new ThreadPoolExecutor(4, 8, 30, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(256), new ThreadPoolExecutor.CallerRunsPolicy());

  public boolean submit(Task task) throws InterruptedException {
    if (!pending.offer(task, 50, TimeUnit.MILLISECONDS)) {
      return false;
    }
    pool.execute(task::run);
    return true;
  }
}
