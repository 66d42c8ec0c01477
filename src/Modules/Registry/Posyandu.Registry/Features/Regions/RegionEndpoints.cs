namespace Posyandu.Registry.Features.Regions;

internal static class RegionEndpoints
{
    public static void MapRegionEndpoints(this IEndpointRouteBuilder group)
    {
        var regions = group.MapGroup("/regions");
        regions.MapGetRegion();
        regions.MapListChildRegions();
        regions.MapSearchRegions();
    }
}

/// <summary>A region as the API shows it.</summary>
public sealed record RegionDto(string Code, string Level, string Name, string? ParentCode)
{
    internal static RegionDto From(Posyandu.Registry.Regions.Region region) =>
        new(region.Code, region.Level.ToString().ToLowerInvariant(), region.Name, region.ParentCode);
}
