using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Bench;

/// <summary>
/// The WHO calculator on one core: 10,000 realistic child assessments per operation, each with all five
/// indicators (weight-for-age, length/height-for-age, weight-for-length/height with interpolation, BMI-for-age,
/// head circumference-for-age). Assessments per second = 10,000 ÷ mean time.
/// </summary>
[MemoryDiagnoser]
public class ZScoreBenchmark
{
    public const int Batch = 10_000;
    private ChildMeasurement[] _children = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(64);
        _children = Enumerable.Range(0, Batch).Select(_ =>
        {
            var days = random.Next(0, 1826);
            var months = days / 30.4375;
            var length = 50 + (months * 1.1) + random.NextDouble() * 6 - 3;
            var weight = 3.3 + (months * 0.22) + random.NextDouble() * 2 - 1;
            var head = 34 + Math.Min(months, 24) * 0.5 + random.NextDouble() * 2 - 1;
            return new ChildMeasurement(random.Next(2) == 0 ? Sex.Male : Sex.Female, days, Math.Round(weight, 1), Math.Round(length, 1),
                days < 731 ? MeasurementPosition.Lying : MeasurementPosition.Standing, false, Math.Round(head, 1));
        }).ToArray();
        GrowthStandards.Calculate(_children[0]); // load the tables outside the measurement
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AllFiveIndicators()
    {
        var computed = 0;
        foreach (var child in _children)
        {
            if (GrowthStandards.Calculate(child).WeightForAge is not null)
            {
                computed++;
            }
        }

        return computed;
    }

    public static void Run()
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ZScoreBenchmark>(config);
        var report = summary.Reports.Single();
        var nanoseconds = report.ResultStatistics!.Mean;
        Console.WriteLine($"WHO z-scores, all five indicators, one core: {1e9 / nanoseconds:N0} child assessments per second ({nanoseconds:F0} ns each, {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0} B allocated each)");
    }
}
