namespace Posyandu.Host.Tests.Security;

/// <summary>What a caller of the right role but outside the record's region gets.</summary>
public enum OutsideScope
{
    /// <summary>Reference or operator data with no region: the call succeeds like inside.</summary>
    NotRegionBound,

    /// <summary>The record is invisible: 404.</summary>
    NotFound,

    /// <summary>A list that comes back empty.</summary>
    EmptyList,

    /// <summary>A write into a region outside the caller's scope: 403 or 404.</summary>
    Refused,
}

/// <summary>
/// A request that succeeds for an allowed role inside the seeded region (64.02.01.2001), and what the same role
/// gets from outside it. Every endpoint the host maps under /api needs one: the matrix test fails for a new
/// endpoint until its sample is added here.
/// </summary>
public sealed record EndpointSample(string Method, string Pattern, Func<MatrixWorld, HttpRequestMessage> Request, OutsideScope Outside);

/// <summary>Records seeded (as admin) inside the region every sample works in, and fresh identity numbers.</summary>
public sealed class MatrixWorld
{
    public const string Village = "64.02.01.2001";
    public const string InsideRegion = "64.02";
    public const string OutsideRegion = "64.72";
    private int _serial;

    public Dictionary<string, string> Ids { get; } = [];

    public string LastNik { get; private set; } = "";

    public string this[string key] => Ids[key];

    /// <summary>A valid NIK of a woman born 17 Aug 1995 in Kec. Muara Muntai, new on each call.</summary>
    public string NewNik() => LastNik = $"640201570895{Interlocked.Increment(ref _serial):D4}";

    public object NewResident() => new { nik = NewNik(), name = "Siti Aminah", sex = "female", birthDate = "1995-08-17", householdId = Ids["household"], relation = "istri" };

    /// <summary>A girl born 17 May 2024: an under-five for growth monitoring.</summary>
    public object NewChild() => new { nik = $"640201570524{Interlocked.Increment(ref _serial):D4}", name = "Nur Aini", sex = "female", birthDate = "2024-05-17", householdId = Ids["household"], relation = "anak" };

    /// <summary>A referral of the seeded woman to the puskesmas.</summary>
    public object NewReferral() => new { residentId = Ids["resident"], reasonCode = "hypertension", reason = "Tekanan darah 160/100", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" };
    /// <summary>A girl born on <paramref name="birthDate"/> (her NIK carries the date, +40 for a woman).</summary>
    public object NewChildBorn(DateOnly birthDate) => new
    {
        nik = $"640201{birthDate.Day + 40:D2}{birthDate.Month:D2}{birthDate.Year % 100:D2}{Interlocked.Increment(ref _serial):D4}",
        name = "Putri Lestari", sex = "female", birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        householdId = Ids["household"], relation = "anak",
    };

    public object NewHousehold() => new { nomorKk = $"640201010120{Interlocked.Increment(ref _serial):D4}", regionCode = Village, posyanduId = Ids["posyandu"] };

    public object NewKader() => new { nik = NewNik(), name = "Kader Dewi", posyanduId = Ids["posyandu"], sectors = new[] { "health" } };

    /// <summary>
    /// Today in WITA: housing records may not predate the household's registration, which is the day the seed runs.
    /// </summary>
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An RTLH house assessed today: earth floor, shared latrine, 20 m² for four.</summary>
    public static object NewRtlhAssessment() => new
    {
        assessedOn = Today, foundation = "good", columnsAndBeams = "minorDamage", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood",
        floorMaterial = "earth", floorAreaM2 = 20.0, occupants = 4, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "shared",
    };

    public static object NewRehabilitation() => new { startedOn = Today, programme = "bspsApbn", plannedBudgetRupiah = 20_000_000 };
}

public static class EndpointSamples
{
    public static IReadOnlyList<EndpointSample> All { get; } =
    [
        Get("/api/platform/outbox/dead", _ => "/api/platform/outbox/dead", OutsideScope.NotRegionBound),
        Get("/api/platform/audit", _ => "/api/platform/audit", OutsideScope.NotRegionBound),
        new("POST", "/api/platform/read-models/{module}/rebuild",
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/platform/read-models/reporting/rebuild"), OutsideScope.NotRegionBound),
        Get("/api/reporting/scorecard", _ => "/api/reporting/scorecard?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/series", _ => "/api/reporting/indicators/ajuan-sla/series?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/ranking", _ => "/api/reporting/indicators/ajuan-sla/ranking?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/scorecard/export", _ => "/api/reporting/scorecard/export?region=64.02&period=2026-11&format=xlsx", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/ranking/export", _ => "/api/reporting/indicators/ajuan-sla/ranking/export?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/posyandu/overdue", _ => "/api/reporting/posyandu/overdue?region=64.02", OutsideScope.NotFound),
        Get("/api/registry/regions/", _ => "/api/registry/regions/?name=tenggarong", OutsideScope.NotRegionBound),
        Post("/api/health/anthropometry/z-scores", _ => "/api/health/anthropometry/z-scores", _ => new[] { new { sex = "male", ageDays = 400, weightKg = 9.5 } }, OutsideScope.NotRegionBound),
        Post("/api/health/children/{residentId:guid}/visits", w => $"/api/health/children/{w["child"]}/visits",
            _ => new { measuredOn = "2026-11-10", weightKg = 9.8, lengthHeightCm = 80.5, measurement = "lying" }, OutsideScope.NotFound),
        Get("/api/health/children/{residentId:guid}/visits", w => $"/api/health/children/{w["child"]}/visits", OutsideScope.NotFound),
        Get("/api/health/reports/skdn", _ => "/api/health/reports/skdn?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/health/reports/nutrition", _ => "/api/health/reports/nutrition?region=64.02&period=2026-11&by=district", OutsideScope.NotFound),
        Get("/api/health/reports/school-age-nutrition", _ => "/api/health/reports/school-age-nutrition?region=64.02&period=2026-11&by=district", OutsideScope.NotFound),
        Get("/api/health/reports/children-needing-action", _ => "/api/health/reports/children-needing-action?region=64.02&period=2026-11", OutsideScope.NotFound),
        Post("/api/health/children/{residentId:guid}/immunisations", w => $"/api/health/children/{w["child"]}/immunisations",
            _ => new { antigen = "bcg", doseNumber = 1, givenOn = "2024-06-17", batchNumber = "0523B11", place = "posyandu" }, OutsideScope.NotFound),
        Get("/api/health/children/{residentId:guid}/immunisations", w => $"/api/health/children/{w["child"]}/immunisations", OutsideScope.NotFound),
        Get("/api/health/posyandu/{posyanduId:guid}/immunisations/due", w => $"/api/health/posyandu/{w["posyandu"]}/immunisations/due?date=2026-11-10", OutsideScope.EmptyList),
        Get("/api/health/reports/immunisation", _ => "/api/health/reports/immunisation?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/health/reports/immunisation-overdue", _ => "/api/health/reports/immunisation-overdue?region=64.02&period=2026-11", OutsideScope.NotFound),
        Post("/api/health/pregnancies", _ => "/api/health/pregnancies", w => new { residentId = w["resident"], hpht = "2026-08-01", registeredOn = "2026-11-10", muacCm = 24.0 }, OutsideScope.NotFound),
        Post("/api/health/pregnancies/{pregnancyId:guid}/checks", w => $"/api/health/pregnancies/{w["pregnancy"]}/checks",
            _ => new { checkedOn = "2026-11-20", weightKg = 58.0, systolicMmHg = 120, diastolicMmHg = 80, muacCm = 24.0, hbGPerDl = 11.5, ironTabletsGiven = 30 }, OutsideScope.NotFound),
        Post("/api/health/pregnancies/{pregnancyId:guid}/close", w => $"/api/health/pregnancies/{w["pregnancy-to-close"]}/close", _ => new { outcome = "birth", endedOn = "2026-11-08" }, OutsideScope.NotFound),
        Get("/api/health/pregnancies/{pregnancyId:guid}", w => $"/api/health/pregnancies/{w["pregnancy"]}", OutsideScope.NotFound),
        Post("/api/health/residents/{residentId:guid}/screenings", w => $"/api/health/residents/{w["resident"]}/screenings",
            _ => new { screenedOn = "2026-11-10", weightKg = 60.0, heightCm = 155.0, systolicMmHg = 125, diastolicMmHg = 80, bloodGlucoseMgPerDl = 110.0, waistCm = 78.0 }, OutsideScope.NotFound),
        Post("/api/health/referrals", _ => "/api/health/referrals", w => w.NewReferral(), OutsideScope.NotFound),
        Post("/api/health/referrals/{referralId:guid}/arrival", w => $"/api/health/referrals/{w["referral"]}/arrival", _ => new { arrivedOn = "2026-11-12" }, OutsideScope.NotFound),
        Post("/api/health/referrals/{referralId:guid}/close", w => $"/api/health/referrals/{w["referral-to-close"]}/close", _ => new { closedOn = "2026-11-20", outcome = "treated" }, OutsideScope.NotFound),
        Get("/api/health/posyandu/{posyanduId:guid}/referrals/open", w => $"/api/health/posyandu/{w["posyandu"]}/referrals/open", OutsideScope.EmptyList),
        Post("/api/registry/posyandu/", _ => "/api/registry/posyandu/", _ => new { name = "Posyandu Baru", regionCode = MatrixWorld.Village, serviceDay = 5 }, OutsideScope.Refused),
        Send("PUT", "/api/registry/posyandu/{id:guid}", w => $"/api/registry/posyandu/{w["posyandu"]}", _ => new { name = "Posyandu Melati Indah", serviceDay = 11 }, OutsideScope.NotFound),
        Post("/api/registry/posyandu/{id:guid}/deactivate", w => $"/api/registry/posyandu/{w["posyandu-to-close"]}/deactivate", null, OutsideScope.NotFound),
        Send("PUT", "/api/registry/posyandu/{id:guid}/pengurus", w => $"/api/registry/posyandu/{w["posyandu"]}/pengurus",
            _ => new[] { new { position = "ketua", name = "Ibu Ketua", termStart = "2026-01-01" } }, OutsideScope.NotFound),
        Get("/api/registry/posyandu/{id:guid}", w => $"/api/registry/posyandu/{w["posyandu"]}", OutsideScope.NotFound),
        Get("/api/registry/posyandu/", _ => "/api/registry/posyandu/", OutsideScope.EmptyList),
        Post("/api/registry/kader/", _ => "/api/registry/kader/", w => w.NewKader(), OutsideScope.Refused),
        Post("/api/registry/kader/{id:guid}/trainings", w => $"/api/registry/kader/{w["kader"]}/trainings", _ => new { topic = "Pengukuran antropometri", organiser = "health", date = "2026-10-01" }, OutsideScope.NotFound),
        Get("/api/registry/kader/", _ => "/api/registry/kader/", OutsideScope.EmptyList),
        Post("/api/registry/households/", _ => "/api/registry/households/", w => w.NewHousehold(), OutsideScope.Refused),
        Get("/api/registry/households/{id:guid}", w => $"/api/registry/households/{w["household"]}", OutsideScope.NotFound),
        Post("/api/registry/residents/", _ => "/api/registry/residents/", w => w.NewResident(), OutsideScope.Refused),
        Post("/api/registry/residents/{id:guid}/move", w => $"/api/registry/residents/{w["resident"]}/move", w => new { householdId = w["household-2"] }, OutsideScope.NotFound),
        Post("/api/registry/residents/{id:guid}/death", w => $"/api/registry/residents/{w["resident-to-die"]}/death", _ => new { dateOfDeath = "2026-11-01" }, OutsideScope.NotFound),
        Send("PUT", "/api/registry/residents/{id:guid}", w => $"/api/registry/residents/{w["resident"]}",
            _ => new { name = "Siti Aminah Rahayu", sex = "female", birthDate = "1995-08-17", relation = "istri" }, OutsideScope.NotFound),
        Get("/api/registry/residents/{id:guid}", w => $"/api/registry/residents/{w["resident"]}", OutsideScope.NotFound),
        Post("/api/registry/residents/lookup", _ => "/api/registry/residents/lookup", w => new { nik = w["resident-nik"] }, OutsideScope.NotFound),
        Get("/api/registry/residents/", _ => "/api/registry/residents/", OutsideScope.EmptyList),
        Get("/api/registry/regions/{code}", _ => $"/api/registry/regions/{MatrixWorld.Village}", OutsideScope.NotRegionBound),
        Get("/api/registry/regions/{code}/children", _ => "/api/registry/regions/64.02.01/children", OutsideScope.NotRegionBound),
        Post("/api/education/paud/children/{residentId:guid}/enrolments", w => $"/api/education/paud/children/{w["paud-child"]}/enrolments",
            _ => new { institutionName = "PAUD Posyandu Melati", institutionType = "sps", startDate = "2026-07-13" }, OutsideScope.Refused),
        Post("/api/education/paud/enrolments/{id:guid}/end", w => $"/api/education/paud/enrolments/{w["paud-enrolment"]}/end",
            _ => new { endDate = "2026-11-20", status = "withdrawn" }, OutsideScope.NotFound),
        Get("/api/education/paud/enrolments", _ => "/api/education/paud/enrolments", OutsideScope.EmptyList),
        Get("/api/education/paud/not-enrolled", _ => "/api/education/paud/not-enrolled?date=2026-11-01&fromAge=0", OutsideScope.EmptyList),
        Post("/api/education/out-of-school/children/{residentId:guid}/cases", w => $"/api/education/out-of-school/children/{w["school-child-3"]}/cases",
            _ => new { identifiedOn = "2026-10-05", reason = "distance" }, OutsideScope.Refused),
        Post("/api/education/out-of-school/cases/{id:guid}/actions", w => $"/api/education/out-of-school/cases/{w["oos-case"]}/actions",
            _ => new { date = "2026-10-10", action = "Kunjungan rumah bersama kepala desa" }, OutsideScope.NotFound),
        Post("/api/education/out-of-school/cases/{id:guid}/resolve", w => $"/api/education/out-of-school/cases/{w["oos-case-to-resolve"]}/resolve",
            _ => new { resolvedOn = "2026-11-02", outcome = "paketB" }, OutsideScope.NotFound),
        Get("/api/education/out-of-school/cases/{id:guid}", w => $"/api/education/out-of-school/cases/{w["oos-case"]}", OutsideScope.NotFound),
        Get("/api/education/out-of-school/cases", _ => "/api/education/out-of-school/cases", OutsideScope.EmptyList),
        Post("/api/education/library/{posyanduId:guid}/resources", w => $"/api/education/library/{w["posyandu"]}/resources",
            _ => new { kind = "book", name = "Cerita Rakyat Kalimantan", quantity = 12 }, OutsideScope.NotFound),
        Post("/api/education/library/{posyanduId:guid}/activities", w => $"/api/education/library/{w["posyandu"]}/activities",
            _ => new { date = "2026-11-03", kind = "digitalLiteracy", participants = 15 }, OutsideScope.NotFound),
        Get("/api/education/library/{posyanduId:guid}", w => $"/api/education/library/{w["posyandu"]}", OutsideScope.NotFound),
        Get("/api/education/report", _ => "/api/education/report?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/education/service-requests/", _ => "/api/education/service-requests/", OutsideScope.EmptyList),
        Post("/api/education/service-requests/", _ => "/api/education/service-requests/", w => new
        {
            type = "school-support", residentId = w["school-child"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Seragam dan buku untuk kembali ke SMP",
        }, OutsideScope.Refused),
        Get("/api/education/service-requests/{id:guid}", w => $"/api/education/service-requests/{w["education-request"]}", OutsideScope.NotFound),
        Post("/api/education/service-requests/{id:guid}/transitions", w => $"/api/education/service-requests/{w["education-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kunjungan rumah: anak bekerja di kebun" }, OutsideScope.NotFound),
        new("PUT", "/api/education/service-requests/{id:guid}/attachments/{attachment}", w => new HttpRequestMessage(HttpMethod.Put, $"/api/education/service-requests/{w["education-request"]}/attachments/ktp")
        {
            Content = new ByteArrayContent("%PDF-1.4 sample"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } },
        }, OutsideScope.NotFound),
        Get("/api/education/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/education/service-requests/{w["education-request"]}/attachments/{w["education-attachment"]}", OutsideScope.NotFound),
        Post("/api/housing/households/{householdId:guid}/assessments", w => $"/api/housing/households/{w["household"]}/assessments",
            _ => MatrixWorld.NewRtlhAssessment(), OutsideScope.Refused),
        Get("/api/housing/households/{householdId:guid}", w => $"/api/housing/households/{w["household"]}", OutsideScope.NotFound),
        Get("/api/housing/posyandu/{posyanduId:guid}/rtlh", w => $"/api/housing/posyandu/{w["posyandu"]}/rtlh", OutsideScope.NotFound),
        Post("/api/housing/households/{householdId:guid}/rehabilitations", w => $"/api/housing/households/{w["rtlh-household"]}/rehabilitations",
            _ => MatrixWorld.NewRehabilitation(), OutsideScope.Refused),
        Post("/api/housing/rehabilitations/{id:guid}/complete", w => $"/api/housing/rehabilitations/{w["rehabilitation-to-complete"]}/complete",
            _ => new { completedOn = MatrixWorld.Today, finalCostRupiah = 19_500_000 }, OutsideScope.NotFound),
        Post("/api/housing/rehabilitations/{id:guid}/cancel", w => $"/api/housing/rehabilitations/{w["rehabilitation-to-cancel"]}/cancel",
            _ => new { cancelledOn = MatrixWorld.Today, reason = "Sengketa lahan" }, OutsideScope.NotFound),
        Get("/api/housing/reports/rtlh", _ => "/api/housing/reports/rtlh?region=64.02&period=2026-11&by=district", OutsideScope.NotFound),
        Get("/api/housing/service-requests/", _ => "/api/housing/service-requests/", OutsideScope.EmptyList),
        Post("/api/housing/service-requests/", _ => "/api/housing/service-requests/", w => new
        {
            type = "rtlh-rehab", householdId = w["household"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Atap bocor dan lantai tanah",
        }, OutsideScope.Refused),
        Get("/api/housing/service-requests/{id:guid}", w => $"/api/housing/service-requests/{w["housing-request"]}", OutsideScope.NotFound),
        Post("/api/housing/service-requests/{id:guid}/transitions", w => $"/api/housing/service-requests/{w["housing-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kunjungan rumah: lantai tanah, jamban menumpang" }, OutsideScope.NotFound),
        new("PUT", "/api/housing/service-requests/{id:guid}/attachments/{attachment}", w => new HttpRequestMessage(HttpMethod.Put, $"/api/housing/service-requests/{w["housing-request"]}/attachments/ktp")
        {
            Content = new ByteArrayContent("%PDF-1.4 sample"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } },
        }, OutsideScope.NotFound),
        Get("/api/housing/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/housing/service-requests/{w["housing-request"]}/attachments/{w["housing-attachment"]}", OutsideScope.NotFound),
    ];

    private static EndpointSample Get(string pattern, Func<MatrixWorld, string> url, OutsideScope outside) =>
        new("GET", pattern, world => new HttpRequestMessage(HttpMethod.Get, url(world)), outside);

    private static EndpointSample Post(string pattern, Func<MatrixWorld, string> url, Func<MatrixWorld, object>? body, OutsideScope outside) =>
        Send("POST", pattern, url, body, outside);

    private static EndpointSample Send(string method, string pattern, Func<MatrixWorld, string> url, Func<MatrixWorld, object>? body, OutsideScope outside) =>
        new(method, pattern, world => new HttpRequestMessage(new HttpMethod(method), url(world))
        {
            Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body(world)),
        }, outside);
}
