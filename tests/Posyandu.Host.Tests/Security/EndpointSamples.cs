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

/// <summary>Records seeded (as admin) inside the region every sample works in.</summary>
public sealed class MatrixWorld
{
    public const string Village = "64.02.01.2001";
    public const string InsideRegion = "64.02";
    public const string OutsideRegion = "64.72";

    public Dictionary<string, string> Ids { get; } = [];
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
        Get("/api/registry/regions/{code}", _ => $"/api/registry/regions/{MatrixWorld.Village}", OutsideScope.NotRegionBound),
        Get("/api/registry/regions/{code}/children", _ => "/api/registry/regions/64.02.01/children", OutsideScope.NotRegionBound),
    ];

    private static EndpointSample Get(string pattern, Func<MatrixWorld, string> url, OutsideScope outside) =>
        new("GET", pattern, world => new HttpRequestMessage(HttpMethod.Get, url(world)), outside);
}
