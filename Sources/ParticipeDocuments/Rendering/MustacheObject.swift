import Mustache

struct MustacheObject: MustacheParent {
    let object: TemplateObject

    func child(named name: String) -> Any? { object[name]?.mustacheValue }
}
