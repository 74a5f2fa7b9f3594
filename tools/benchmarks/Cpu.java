import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The processor time spent so far (Linux's {@code /proc}): by the whole machine (every process:
 * the server, its database, this client) and by the server's JVM ({@code -DserverPid}), in
 * seconds of one core; and the time the hypervisor gave this virtual machine's processors to
 * others ("steal"), counted apart: a phase that took longer while much was stolen ran on a
 * shared machine, not slower code. On a shared or noisy machine, the time a phase took varies
 * with what else runs; the processor time it used varies much less.
 */
record Cpu(double machine, double server, double compiler, double stolen) {

  private static final double TICKS = 100; // USER_HZ on Linux

  static Cpu now() {
    try {
      String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // user nice system idle iowait irq softirq steal: busy is the first three and the two
      // interrupt counts; steal is time this machine wanted a processor and did not have it
      double busy = 0;
      for (int i = 1; i <= 7 && i < all.length; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(all[i]);
        }
      }
      double stolen = all.length > 8 ? Long.parseLong(all[8]) / TICKS : Double.NaN;
      String pid = System.getProperty("serverPid", "");
      double server = Double.NaN;
      double compiler = Double.NaN;
      if (!pid.isEmpty()) {
        server = ticks(Files.readString(Path.of("/proc/" + pid + "/stat"))) / TICKS;
        compiler = compilerTicks(Path.of("/proc/" + pid + "/task")) / TICKS;
      }
      return new Cpu(busy / TICKS, server, compiler, stolen);
    } catch (IOException | RuntimeException e) {
      return new Cpu(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
  }

  /** User and system time of a process or thread, from its {@code stat} line. */
  private static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
  }

  /**
   * The time of the JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"): while it
   * is a large share of the server's, the code measured still runs interpreted or half-compiled.
   */
  private static long compilerTicks(Path tasks) throws IOException {
    long sum = 0;
    try (var threads = Files.list(tasks)) {
      for (Path task : threads.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.matches("C[12] CompilerThre.*")) {
            sum += ticks(stat);
          }
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    }
    return sum;
  }

  /** The server's processor time since {@code start} that went to the JIT compiler, 0 to 1. */
  double compilerShareSince(Cpu start) {
    return (compiler - start.compiler) / (server - start.server);
  }

  String since(Cpu start) {
    return String.format(
        Locale.ROOT,
        "processor time: machine %.1f s, server %.1f s (of which the JIT compiler %.1f s);"
            + " stolen by the hypervisor %.1f s",
        machine - start.machine,
        server - start.server,
        compiler - start.compiler,
        stolen - start.stolen);
  }
}
