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
/// head circumference-for-age), and 10,000 school-age children and adolescents (60–228 months, fractional) on the
/// WHO Growth Reference 2007 (height-for-age, BMI-for-age, and weight-for-age up to 120 months), through the same
/// 0–19 entry the calculator uses. Assessments per second = 10,000 ÷ mean time.
/// </summary>
[MemoryDiagnoser]
public class ZScoreBenchmark
{
    public const int Batch = 10_000;
    private ChildMeasurement[] _children = [];
    private (ChildMeasurement Measurement, double Months)[] _older = [];

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
        _older = Enumerable.Range(0, Batch).Select(_ =>
        {
            var months = Math.Round(60 + (random.NextDouble() * 168), 2);
            var height = 110 + ((months - 60) * 0.38) + (random.NextDouble() * 16) - 8;
            var bmi = 15 + ((months - 60) * 0.04) + (random.NextDouble() * 8) - 3;
            var weight = bmi * (height / 100) * (height / 100);
            return (new ChildMeasurement(random.Next(2) == 0 ? Sex.Male : Sex.Female, null, Math.Round(weight, 1), Math.Round(height, 1),
                MeasurementPosition.Standing, false, null), months);
        }).ToArray();
        GrowthStandards.Calculate(_children[0]); // load the tables outside the measurement
        GrowthAssessment.Calculate(_older[0].Measurement, _older[0].Months);
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

    [Benchmark(OperationsPerInvoke = Batch)]
    public int SchoolAgeAndAdolescents()
    {
        var computed = 0;
        foreach (var (child, months) in _older)
        {
            if (GrowthAssessment.Calculate(child, months).BmiForAge is not null)
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
        foreach (var report in summary.Reports)
        {
            var nanoseconds = report.ResultStatistics!.Mean;
            var what = report.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(AllFiveIndicators)
                ? "0–5 years, all five indicators" : "5–19 years (2007 reference), three indicators";
            Console.WriteLine($"WHO z-scores, {what}, one core: {1e9 / nanoseconds:N0} assessments per second ({nanoseconds:F0} ns each, {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0} B allocated each)");
        }
    }
}
