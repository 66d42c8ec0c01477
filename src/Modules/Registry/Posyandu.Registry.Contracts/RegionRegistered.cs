using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Contracts;

/// <summary>
/// A Kemendagri region was added to the registry, or renamed (published when the region list is seeded), so that
/// modules showing places — the DPMD report, exports — keep their own copy of the names.
/// </summary>
/// <param name="Code">Kemendagri code with dots (<c>64.02.01.2001</c>).</param>
/// <param name="Level"><c>province</c>, <c>regency</c>, <c>district</c> or <c>village</c>.</param>
public sealed record RegionRegistered(string Code, string Level, string Name, string? ParentCode) : IIntegrationEvent;
