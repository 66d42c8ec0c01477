using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Health.Tests;

/// <summary>Health's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>), on the records seeded below.</summary>
public sealed class HealthMatrix() : AuthorizationMatrix("health")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
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
        Post("/api/health/referrals", _ => "/api/health/referrals", Referral, OutsideScope.NotFound),
        Post("/api/health/referrals/{referralId:guid}/arrival", w => $"/api/health/referrals/{w["referral"]}/arrival", _ => new { arrivedOn = "2026-11-12" }, OutsideScope.NotFound),
        Post("/api/health/referrals/{referralId:guid}/close", w => $"/api/health/referrals/{w["referral-to-close"]}/close", _ => new { closedOn = "2026-11-20", outcome = "treated" }, OutsideScope.NotFound),
        Get("/api/health/posyandu/{posyanduId:guid}/referrals/open", w => $"/api/health/posyandu/{w["posyandu"]}/referrals/open", OutsideScope.EmptyList),
        Get("/api/health/eppgbm/measurements", _ => "/api/health/eppgbm/measurements?region=64.02&period=2026-11&format=csv", OutsideScope.NotFound),
        Get("/api/health/posyandu/{posyanduId:guid}/sip/format-2", w => $"/api/health/posyandu/{w["posyandu"]}/sip/format-2?year=2026", OutsideScope.NotFound),
        Get("/api/health/reports/skdn/xlsx", _ => "/api/health/reports/skdn/xlsx?region=64.02&period=2026-11", OutsideScope.NotFound),
    ];

    /// <summary>A referral of the seeded woman to the puskesmas.</summary>
    private static object Referral(MatrixWorld w) =>
        new { residentId = w["resident"], reasonCode = "hypertension", reason = "Tekanan darah 160/100", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" };

    /// <summary>Health's follow-up records: a pregnancy to check, one to close, a referral to receive, one to close.</summary>
    protected override async Task SeedAsync()
    {
        World.Ids["mother"] = await ResidentAsync(World.NewResident());
        World.Ids["mother-to-deliver"] = await ResidentAsync(World.NewResident());
        await DeliverAsync("registry");
        World.Ids["pregnancy"] = await IdAsync("/api/health/pregnancies", new { residentId = World["mother"], hpht = "2026-08-01", registeredOn = "2026-11-10" });
        World.Ids["pregnancy-to-close"] = await IdAsync("/api/health/pregnancies", new { residentId = World["mother-to-deliver"], hpht = "2026-02-01", registeredOn = "2026-04-01" });
        World.Ids["referral"] = await IdAsync("/api/health/referrals", Referral(World));
        World.Ids["referral-to-close"] = await IdAsync("/api/health/referrals", Referral(World));
    }
}
