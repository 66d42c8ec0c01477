namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// An updatable aggregate with an optimistic concurrency token. <see cref="ModuleDbContext"/> makes
/// <see cref="Version"/> a concurrency token and increments it on every update; the API exposes it as the ETag and
/// checks <c>If-Match</c> against it, so two kader editing the same record cannot silently overwrite each other.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
