import Hummingbird
import NIOCore

/// The context of a workshop request: where it came from (for the join attempts' limit), and the size a
/// body may have.
public struct WorkshopRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The largest body accepted: an answers file or a workshop's export to import, a large section's form.
    public var maxUploadSize: Int { 8 * 1024 * 1024 }
}
