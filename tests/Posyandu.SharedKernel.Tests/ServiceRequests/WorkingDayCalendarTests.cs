using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.Tests.ServiceRequests;

/// <summary>Working-day arithmetic behind the 5-working-day SLA, on the 2026 SKB dates.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar2026 = new(new[]
    {
        "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21",
        "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03", "2026-05-14", "2026-05-15", "2026-12-24", "2026-12-25",
        "2027-01-01",
    }.Select(DateOnly.Parse));

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("2026-11-23", 5, "2026-11-30")] // Monday + 5 = next Monday
    [TestCase("2026-11-27", 1, "2026-11-30")] // Friday + 1 skips the weekend
    [TestCase("2026-11-28", 1, "2026-11-30")] // a Saturday start counts from Monday
    [TestCase("2026-11-23", 0, "2026-11-23")]
    public void Weekends_are_skipped(string start, int days, string expected) =>
        Assert.That(Calendar2026.AddWorkingDays(D(start), days), Is.EqualTo(D(expected)));

    [Test]
    public void A_national_holiday_is_skipped() =>
        // Thursday 2 April + 1 → Friday 3 April is Wafat Yesus Kristus → Monday 6 April.
        Assert.That(Calendar2026.AddWorkingDays(D("2026-04-02"), 1), Is.EqualTo(D("2026-04-06")));

    [Test]
    public void Cuti_bersama_is_skipped_like_a_holiday() =>
        // Kenaikan (Thu 14 May, libur) and its cuti bersama (Fri 15 May): Wednesday 13 + 1 → Monday 18 May.
        Assert.That(Calendar2026.AddWorkingDays(D("2026-05-13"), 1), Is.EqualTo(D("2026-05-18")));

    [Test]
    public void The_lebaran_block_of_holidays_and_cuti_bersama_is_skipped_whole() =>
        // Tue 17 Mar + 5: Wed 18 … Tue 24 are all off → Wed 25, Thu 26, Fri 27, Mon 30, Tue 31.
        Assert.That(Calendar2026.AddWorkingDays(D("2026-03-17"), 5), Is.EqualTo(D("2026-03-31")));

    [Test]
    public void A_deadline_runs_across_the_year_end() =>
        // Wed 23 Dec + 5: Thu 24 (cuti), Fri 25 (Natal), weekend, Mon 28, Tue 29, Wed 30, Thu 31, Fri 1 Jan (Tahun Baru), weekend, Mon 4 Jan.
        Assert.That(Calendar2026.AddWorkingDays(D("2026-12-23"), 5), Is.EqualTo(D("2027-01-04")));

    [TestCase("2026-11-23", "2026-11-30", 5)]
    [TestCase("2026-12-23", "2027-01-04", 5)]
    [TestCase("2026-11-30", "2026-11-23", 0)]
    [TestCase("2026-11-27", "2026-11-29", 0)]
    public void Working_days_between_two_dates(string from, string to, int expected) =>
        Assert.That(Calendar2026.WorkingDaysBetween(D(from), D(to)), Is.EqualTo(expected));

    [Test]
    public void Holidays_load_from_one_csv_per_year()
    {
        var folder = Directory.CreateTempSubdirectory("holidays-").FullName;
        File.WriteAllLines(Path.Combine(folder, "2026.csv"), ["date,kind,name", "2026-12-24,cuti,Cuti bersama Natal", "2026-12-25,libur,Natal"]);
        File.WriteAllLines(Path.Combine(folder, "2027.csv"), ["date,kind,name", "2027-01-01,libur,Tahun Baru"]);

        var calendar = WorkingDayCalendar.FromDirectory(folder);

        Assert.That(calendar.Holidays, Is.EquivalentTo(new[] { D("2026-12-24"), D("2026-12-25"), D("2027-01-01") }));
        Assert.That(calendar.IsWorkingDay(D("2026-12-24")), Is.False);
        File.WriteAllLines(Path.Combine(folder, "2028.csv"), ["date,kind,name", "28-01-01,libur,wrong"]);
        Assert.That(() => WorkingDayCalendar.FromDirectory(folder), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("2028.csv line 2"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void A_step_is_due_at_local_midnight_after_its_last_working_day()
    {
        var clock = new SlaClock(Calendar2026, new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita));

        // Monday 23 Nov 2026 10:00 WITA = 02:00 UTC; + 5 working days → end of Monday 30 Nov WITA = 30 Nov 16:00 UTC.
        var due = clock.DueAt(new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc), 5);

        Assert.That(due, Is.EqualTo(new DateTime(2026, 11, 30, 16, 0, 0)));
        // 23:30 UTC on Sunday is already Monday 07:30 WITA: the step starts on Monday.
        Assert.That(clock.LocalDate(new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc)), Is.EqualTo(D("2026-11-23")));
    }
}
