package com.acme.{{package}};

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands work to background threads. */
public final class WorkDispatcher {
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final BlockingQueue<Task> pending = new LinkedBlockingQueue<>();

  public void submitAll(List<Task> tasks) {
    for (Task task : tasks) {
      pending.add(task);
      pool.submit(task::run);
    }
  }
}
